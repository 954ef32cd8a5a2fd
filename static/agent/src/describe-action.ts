import type { AppliedActionView } from '../../../src/contracts/agent';
import { formatTimeOfDay, type ViewerClock } from './format-instant';

/** How each rule's action reads, done and refused; `{time}` is when the customer wrote. */
const sentences: Record<string, { done: string; refused: string }> = {
  reopen: {
    done: 'Reopened because the customer commented at {time}',
    refused: 'Could not reopen after the customer commented at {time}',
  },
  'hand-back': {
    done: 'Handed back to the team because the customer replied at {time}',
    refused: 'Could not hand back to the team after the customer replied at {time}',
  },
  'thank-you': {
    done: 'Kept resolved because the customer only said thanks at {time}',
    refused: 'Could not note the customer’s thanks of {time}',
  },
  'after-window': {
    done: 'Kept resolved and asked for a new request: the customer wrote at {time}, after the reopen window',
    refused: 'Could not answer the customer’s late comment of {time}',
  },
};

/**
 * The app's action in one plain sentence with the time the customer wrote, in the viewer's
 * zone; null when the rule is unknown or the time was not recorded (older records).
 * @example describeAction({ rule: 'hand-back', isApplied: true, triggeredAt: '2024-03-01T09:42:00Z', … }, { locale: 'en-GB', timeZone: 'Europe/Paris' })
 * // 'Handed back to the team because the customer replied at 10:42'
 */
export const describeAction = (action: AppliedActionView, clock: ViewerClock): string | null => {
  const sentence = sentences[action.rule];
  if (sentence === undefined || action.triggeredAt === null) return null;

  const wording = action.isApplied ? sentence.done : sentence.refused;
  return wording.replace('{time}', formatTimeOfDay(action.triggeredAt, clock));
};
