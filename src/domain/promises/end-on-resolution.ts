import { firstDoneInstant, type StatusSpan, toStatusSpans } from './status-timeline';
import type { PromiseClock, PromiseClockInput } from './types';

/** Computes one clock from the input and its status spans. */
export type ClockOf = (input: PromiseClockInput, spans: readonly StatusSpan[]) => PromiseClock;

/**
 * Returns the clock, ended where its episode ended because the request reached a done status:
 * counted as it stood at that instant, met on time then if it was still running, paused or
 * scheduled, missed (by the time up to then, with no pause) if it was already late. A clock met
 * before the request was done, or one whose request is not done since its start, is unchanged.
 * @example endOnResolution(input, spans, dispatchClock).state // { kind: 'met', onTime: true, … }
 */
export const endOnResolution = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
  clockOf: ClockOf,
): PromiseClock => {
  const clock = clockOf(input, spans);
  if (!clock.applies) return clock;

  const endedAt = firstDoneInstant(spans, clock.startedAt.getTime());
  if (endedAt === null || endedAt > input.now.getTime()) return clock;
  if (clock.state.kind === 'met' && clock.state.at.getTime() < endedAt) return clock;

  // Counted again as of the end, from the history before it: entering the done status must not
  // read as the promise being kept late.
  const history = input.history.filter((change) => change.at.getTime() < endedAt);
  const atEnd = clockOf(
    { ...input, history, now: new Date(endedAt) },
    toStatusSpans(history, input.matchEntry),
  );
  const ended = atEnd.applies ? atEnd : clock;

  if (ended.state.kind === 'met') return ended;
  if (ended.state.kind === 'missed') return { ...ended, state: { ...ended.state, pause: null } };
  return { ...ended, state: { kind: 'met', at: new Date(endedAt), onTime: true } };
};
