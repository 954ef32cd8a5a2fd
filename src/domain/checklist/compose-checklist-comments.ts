import type { StatusGuideConfig } from '../config/schema';
import { composeNote } from '../notes/compose-note';
import type { NoteWording } from '../notes/note-wording-schema';
import type { EvaluatedItem } from './evaluate-checklist';

// "(optional)" reads right after any label, singular ("Site contact") or plural ("Screenshots");
// the hint of a file item starts a sentence of its own.
const describeItem = (entry: EvaluatedItem, notes: NoteWording): string => {
  const optional = entry.item.required ? '' : ` ${composeNote(notes, 'askOptionalMark', {})}`;
  const help = entry.item.helpText === '' ? '' : `: ${entry.item.helpText}`;
  const line = `- ${entry.item.label}${optional}${help}`;
  if (entry.item.kind !== 'attachment') return line;
  const stop = /[.!?:;]$/.test(line) ? ' ' : '. ';
  return `${line}${stop}${composeNote(notes, 'askAttachmentHint', {})}`;
};

/**
 * The public comment that asks the customer for what is missing: a first line, each missing
 * item the customer may see, one per line, and a last line, in the admin's wording when set;
 * agent-only items are never named. Null when nothing the customer can give is missing.
 * @example composeAskComment([], { companyName: 'our team', notes: {} }) // null
 */
export const composeAskComment = (
  evaluated: readonly EvaluatedItem[],
  config: Pick<StatusGuideConfig, 'companyName' | 'notes'>,
): string | null => {
  const missing = evaluated.filter(
    (entry) => entry.item.visibility === 'customer' && entry.state === 'missing',
  );
  if (missing.length === 0) return null;

  const company = { company: config.companyName };
  return [
    composeNote(config.notes, 'askIntroduction', company),
    ...missing.map((entry) => describeItem(entry, config.notes)),
    composeNote(config.notes, 'askClosing', company),
  ].join('\n');
};

/**
 * The public comment that carries a value the customer gave in the panel into the conversation,
 * in the admin's wording when set.
 * @example composeSuppliedComment('Vehicle registration', 'KLM482', {}) // 'Vehicle registration (added in the request panel): KLM482'
 */
export const composeSuppliedComment = (label: string, value: string, notes: NoteWording): string =>
  composeNote(notes, 'supplied', { item: label, value });
