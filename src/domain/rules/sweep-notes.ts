import { fillCompany } from '../catalogue/explain-status';
import { fieldServicePreset } from '../catalogue/field-service-preset';
import type { StatusGuideConfig } from '../config/schema';

const silenceEntryId = 'installer-booked';

const presetSilenceAdvice =
  fieldServicePreset.find((entry) => entry.id === silenceEntryId)?.wording.promiseLateText ??
  "You haven't heard from the installer for a week: please give them a ring.";

/**
 * The public comment that advises the customer after a week of installer silence: the
 * catalogue's late-promise words for a booked installer (the admin's own, for the request type
 * or for all, when set), then the installer's number when one is recorded.
 * @example composeSilenceAdvice(config, '12', '021 555 0101')
 * // "It's been a week since the installer booked your job … The installer's number is 021 555 0101."
 */
export const composeSilenceAdvice = (
  config: Pick<StatusGuideConfig, 'companyName' | 'wording'>,
  requestTypeId: string | null,
  installerPhone: string | null,
): string => {
  const forType =
    requestTypeId === null
      ? undefined
      : config.wording.requestTypes[requestTypeId]?.[silenceEntryId]?.promiseLateText;
  const words =
    forType ?? config.wording.entries[silenceEntryId]?.promiseLateText ?? presetSilenceAdvice;
  const advice = fillCompany(words, config.companyName);

  return installerPhone === null
    ? advice
    : `${advice} The installer's number is ${installerPhone}.`;
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
 * The public comment that reminds a customer the team is waiting for their reply.
 * @example composeReplyReminder(config) // "We're still waiting for your reply …"
 */
export const composeReplyReminder = (config: Pick<StatusGuideConfig, 'companyName'>): string =>
  fillCompany(
    "We're still waiting for your reply so {company} can carry on with this request. " +
      'Please add a comment here with what we asked for; if it is no longer needed, tell us and ' +
      "we'll close it.",
    config.companyName,
  );
