import type { NoteDefinition, NotePlaceholder } from '../../../src/domain/notes/note-wording';

const meanings: Record<NotePlaceholder, string> = {
  company: 'the company name',
  days: 'the reopen window, a number of days',
  portal: 'the link to the portal',
  phone: "the installer's number",
  item: "the item's label",
  value: 'what the customer gave',
};

/**
 * The helper text of a note's field: what it falls back to and each placeholder it accepts,
 * the ones it must keep marked.
 * @example describePlaceholders(noteDefinitions.supplied)
 *   // "Empty uses the built-in wording. Placeholders: {item} the item's label (required), …"
 */
export const describePlaceholders = (definition: NoteDefinition): string => {
  const fallback = 'Empty uses the built-in wording.';
  if (definition.placeholders.length === 0) return `${fallback} No placeholders.`;

  const named = definition.placeholders.map((name) => {
    const mark = definition.required[name] === undefined ? '' : ' (required)';
    return `{${name}} ${meanings[name]}${mark}`;
  });
  return `${fallback} Placeholders: ${named.join('; ')}.`;
};
