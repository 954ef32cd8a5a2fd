import type { EvaluatedItem } from './evaluate-checklist';

// "(optional)" reads right after any label, singular ("Site contact") or plural ("Screenshots").
const describeItem = (entry: EvaluatedItem): string => {
  const optional = entry.item.required ? '' : ' (optional)';
  const help = entry.item.helpText === '' ? '' : `: ${entry.item.helpText}`;
  const where =
    entry.item.kind === 'attachment' ? ' Please use the attach button on your request.' : '';
  return `- ${entry.item.label}${optional}${help}${where}`;
};

/**
 * The public comment that asks the customer for what is missing: each missing item the customer
 * may see, one per line; agent-only items are never named. Null when nothing the customer can
 * give is missing.
 * @example composeAskComment([], 'our team') // null
 */
export const composeAskComment = (
  evaluated: readonly EvaluatedItem[],
  companyName: string,
): string | null => {
  const missing = evaluated.filter(
    (entry) => entry.item.visibility === 'customer' && entry.state === 'missing',
  );
  if (missing.length === 0) return null;

  return [
    `To move your request on, ${companyName} needs a few details from you:`,
    ...missing.map(describeItem),
    'You can add them in the request panel "Where your request stands", or reply here.',
  ].join('\n');
};

/**
 * The public comment that carries a value the customer gave in the panel into the conversation.
 * @example composeSuppliedComment('Vehicle registration', 'KLM482') // 'Vehicle registration (added in the request panel): KLM482'
 */
export const composeSuppliedComment = (label: string, value: string): string =>
  `${label} (added in the request panel): ${value}`;
