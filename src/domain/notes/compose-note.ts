import { fillPlaceholders } from './find-placeholders';
import { noteDefinitions, type NoteId } from './note-wording';
import type { NoteWording } from './note-wording-schema';

/**
 * A note's text: the admin's wording when set, else the built-in one, with its placeholders
 * filled. The result is plain text; the caller posts it as a text node, so markup in the
 * wording reaches the customer as the characters typed.
 * @example composeNote({}, 'askOptionalMark', {}) // '(optional)'
 */
export const composeNote = (
  notes: NoteWording,
  id: NoteId,
  values: Readonly<Record<string, string>>,
): string => fillPlaceholders(wordingOf(notes, id), values);

/**
 * The admin's wording of a note, or the built-in one when none is set.
 * @example wordingOf({ reopen: 'Rouvert.' }, 'reopen') // 'Rouvert.'
 */
export const wordingOf = (notes: NoteWording, id: NoteId): string =>
  notes[id] ?? noteDefinitions[id].builtIn;
