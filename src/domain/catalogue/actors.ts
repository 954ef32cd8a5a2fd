import type { Actor } from '../../contracts/status-guide';
import type { CustomerLanguage } from './customer-language';
import { customerPhrases } from './customer-phrases';
import { frenchActorLabels } from './french-wording';

const englishActorLabels: Record<Actor, string> = {
  customer: 'You',
  'support-team': 'Our support team',
  'support-coordinator': 'Your support coordinator',
  'software-engineers': 'Our software engineers',
  'hardware-specialists': 'Our hardware specialists',
  'technical-services': 'Our Technical Services team',
  logistics: 'Our logistics team',
  supplier: 'Our supplier',
  installer: 'The installer',
  company: '{company}',
};

/**
 * Names who acts next in one plain phrase, the first actor leading; `inTurn` joins the last with
 * "then" (one after the other) instead of "and" (together). `{company}` is left for the caller.
 * @example describeActors(['supplier', 'logistics'], true) // 'Our supplier, then our logistics team'
 */
export const describeActors = (
  actors: readonly Actor[],
  inTurn = false,
  language: CustomerLanguage = 'en',
): string => {
  const actorLabels = language === 'fr' ? frenchActorLabels : englishActorLabels;
  const phrases = customerPhrases[language];
  const labels = actors.map((actor, index) => {
    const label = actorLabels[actor];
    return index === 0 || label.startsWith('{') ? label : lowerFirst(label);
  });
  if (labels.length <= 1) return labels[0] ?? actorLabels['support-team'];

  const last = labels[labels.length - 1] ?? '';
  const rest = labels.slice(0, -1).join(', ');
  return `${rest}${inTurn ? phrases.inTurn : phrases.together}${last}`;
};

const lowerFirst = (text: string): string =>
  text.startsWith('You') ? `you${text.slice(3)}` : text.charAt(0).toLowerCase() + text.slice(1);
