import type { RecordedFacts, RecordedOutcome } from './types';

/**
 * Returns the recorded outcome that still holds for a clock whose current episode began at
 * `episodeStart`: undefined when the outcome was settled before that (it belongs to an earlier
 * episode: a met result before it, or a due instant passed before it), or when it is a met result
 * resting on a recorded fact that is now gone (cleared as a mistake). The clock then counts again.
 * @example standingOutcome({ kind: 'missed', dueAt: new Date(5) }, 10, {}) // undefined
 */
export const standingOutcome = (
  recorded: RecordedOutcome | undefined,
  episodeStart: number,
  facts: RecordedFacts,
): RecordedOutcome | undefined => {
  if (recorded === undefined) return undefined;

  const settledAt = recorded.kind === 'met' ? recorded.at : recorded.dueAt;
  if (settledAt.getTime() < episodeStart) return undefined;

  const isFactGone =
    recorded.kind === 'met' &&
    recorded.restsOn !== undefined &&
    facts[recorded.restsOn] === undefined;

  return isFactGone ? undefined : recorded;
};
