import type { StatusGuideConfig } from '../config/schema';
import { composeNote } from '../notes/compose-note';

/**
 * The public note that tells a customer their comment reopened the request, in the desk's name
 * and in the admin's wording when set.
 * @example composeReopenNote({ companyName: 'Acme', notes: {} }) // "Thanks for letting us know. We've reopened your request and it's back with Acme: …"
 */
export const composeReopenNote = (
  config: Pick<StatusGuideConfig, 'companyName' | 'notes'>,
): string => composeNote(config.notes, 'reopen', { company: config.companyName });
