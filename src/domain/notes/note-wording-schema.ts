import { z } from 'zod';

import { findPlaceholders } from './find-placeholders';
import { type NoteDefinition, noteDefinitions, type NoteId } from './note-wording';

const listOf = (names: readonly string[]): string => names.map((name) => `{${name}}`).join(', ');

/**
 * One note's wording: not empty, within its length, with only the placeholders the note fills
 * and every one it needs; each refusal names the note.
 */
const noteWordingOf = (definition: NoteDefinition) =>
  z
    .string()
    .trim()
    .min(1, `${definition.name} cannot be empty; clear the field to use the built-in wording.`)
    .max(
      definition.maxLength,
      `${definition.name} has at most ${String(definition.maxLength)} characters.`,
    )
    .superRefine((wording, context) => {
      const used = findPlaceholders(wording);
      const known: readonly string[] = definition.placeholders;
      const unknown = [...new Set(used.filter((name) => !known.includes(name)))];
      if (unknown.length > 0) {
        const accepted =
          known.length === 0 ? 'it takes no placeholders' : `it can use ${listOf(known)}`;
        context.addIssue({
          code: 'custom',
          message: `${definition.name} does not know ${listOf(unknown)}; ${accepted}.`,
        });
      }
      for (const [name, why] of Object.entries(definition.required)) {
        if (!used.includes(name)) {
          context.addIssue({
            code: 'custom',
            message: `${definition.name} must keep {${name}}: ${why}.`,
          });
        }
      }
    });

const shape = Object.fromEntries(
  Object.entries(noteDefinitions).map(([id, definition]) => [id, noteWordingOf(definition)]),
) as Record<NoteId, ReturnType<typeof noteWordingOf>>;

/**
 * The admin's wording of the notes the app posts, each optional: a note left out keeps the
 * built-in wording. An unknown note is refused, so a misspelt key in an import is not lost.
 */
export const noteWordingSchema = z.object(shape).partial().strict();

/** The admin's wording of the app's notes; a note left out uses the built-in words. */
export type NoteWording = z.infer<typeof noteWordingSchema>;
