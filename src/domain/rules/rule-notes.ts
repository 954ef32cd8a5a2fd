import type { StatusGuideConfig } from '../config/schema';
import { composeNote } from '../notes/compose-note';
import { noteDefinitions } from '../notes/note-wording';

const thankYouWording =
  'The customer thanked the team on this resolved request; it stays resolved. ' +
  'Nothing more is needed unless you want to reply.';

/**
 * The internal note that tells the team a customer only said thanks on a resolved request.
 * @example composeThankYouNote() // 'The customer thanked the team on this resolved request; …'
 */
export const composeThankYouNote = (): string => thankYouWording;

/**
 * The public note that tells a customer who wrote after the reopen window to raise a new
 * request, with the link to the service desk's portal, in the admin's wording when set.
 * `{days}` is the window's number of days.
 * @example composeAfterWindowNote({ companyName: 'Acme', notes: {} }, 7, 'https://x/portal/1') // 'Thanks for your message. This request was closed more than 7 days ago, …'
 */
export const composeAfterWindowNote = (
  config: Pick<StatusGuideConfig, 'companyName' | 'notes'>,
  windowDays: number,
  portalUrl: string,
): string => {
  // Only the built-in English wording knows its noun; an admin's wording writes its own.
  const notes =
    config.notes.afterWindow === undefined && windowDays === 1
      ? { afterWindow: noteDefinitions.afterWindow.builtIn.replace('{days} days', '{days} day') }
      : config.notes;

  return composeNote(notes, 'afterWindow', {
    company: config.companyName,
    days: String(windowDays),
    portal: portalUrl,
  });
};
