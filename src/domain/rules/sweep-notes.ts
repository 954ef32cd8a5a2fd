import type { StatusGuideConfig } from '../config/schema';
import { composeNote } from '../notes/compose-note';
import { noteDefinitions } from '../notes/note-wording';

const silenceEntryId = 'installer-booked';

/**
 * The public comment that advises the customer after a week of installer silence: the admin's
 * wording of the advice when set, else the catalogue's late-promise words for a booked installer
 * (the admin's own, for the request type or for all, when set), then the line with the
 * installer's number when one is recorded.
 * @example composeSilenceAdvice(config, '12', '021 555 0101')
 * // "It's been a week since the installer booked your job … The installer's number is 021 555 0101."
 */
export const composeSilenceAdvice = (
  config: Pick<StatusGuideConfig, 'companyName' | 'wording' | 'notes'>,
  requestTypeId: string | null,
  installerPhone: string | null,
): string => {
  const forType =
    requestTypeId === null
      ? undefined
      : config.wording.requestTypes[requestTypeId]?.[silenceEntryId]?.promiseLateText;
  const words =
    config.notes.installerSilence ??
    forType ??
    config.wording.entries[silenceEntryId]?.promiseLateText ??
    noteDefinitions.installerSilence.builtIn;
  const advice = composeNote({ installerSilence: words }, 'installerSilence', {
    company: config.companyName,
  });
  if (installerPhone === null) return advice;

  return `${advice} ${composeNote(config.notes, 'installerNumber', { phone: installerPhone })}`;
};

/**
 * The internal note that tells the team a stock ETA has passed.
 * @example composeEtaPassedNote('2026-12-01', 'Awaiting Stock')
 * // 'The stock ETA of 2026-12-01 has passed and the request is still in Awaiting Stock. …'
 */
export const composeEtaPassedNote = (stockEta: string, statusName: string): string =>
  `The stock ETA of ${stockEta} has passed and the request is still in ${statusName}. ` +
  'Check with the supplier and record a new ETA, which the customer then sees.';

/**
 * The public comment that reminds a customer the team is waiting for their reply, in the
 * admin's wording when set.
 * @example composeReplyReminder(config) // "We're still waiting for your reply …"
 */
export const composeReplyReminder = (
  config: Pick<StatusGuideConfig, 'companyName' | 'notes'>,
): string => composeNote(config.notes, 'customerReminder', { company: config.companyName });
