import { evaluateBusinessClock } from './business-clock';
import { firstMet } from './first-met';
import { instantOf } from './instant-of';
import { isOnDayOrAfter } from './is-on-day-or-after';
import { standingOutcome } from './standing-outcome';
import { firstInstantWhere, latestEpisodeStart, type StatusSpan } from './status-timeline';
import type { PromiseClock, PromiseClockInput } from './types';

/** The order now in hand: when it was processed, and whether it is the request's first. */
export interface DispatchEpisode {
  start: number;
  isFirstOrder: boolean;
}

/**
 * Returns the order now in hand: the latest entry into Awaiting Dispatch after the request last
 * moved on to a status that meets the dispatch promise (a pause in between is the same order;
 * moving on and coming back is a new one). Null before it ever awaited dispatch.
 * @example dispatchEpisode(input, spans) // null for a request never awaiting dispatch
 */
export const dispatchEpisode = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
): DispatchEpisode | null => {
  const rule = input.settings.dispatch;
  const isStart = (entryId: string | null): boolean => entryId === rule.startEntryId;
  const start = latestEpisodeStart(spans, isStart, (entryId) =>
    rule.metOnEntering.includes(entryId ?? ''),
  );
  if (start === null) return null;

  return { start, isFirstOrder: start === firstInstantWhere(spans, -Infinity, isStart) };
};

/**
 * Returns the dispatch clock: business days from the order now in hand entering Awaiting Dispatch
 * (same time of day on the Nth working day), met when dispatch is recorded or the request moves
 * on to one of the configured later statuses. A dispatch recorded before the day a later order was
 * processed belongs to an earlier order. Does not apply before the request reaches Awaiting
 * Dispatch.
 * @example dispatchClock(input, spans).applies // false for a request never awaiting dispatch
 */
export const dispatchClock = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
): PromiseClock => {
  const rule = input.settings.dispatch;
  const episode = dispatchEpisode(input, spans);
  if (episode === null) return { kind: 'dispatch', applies: false };

  const { start, isFirstOrder } = episode;
  const { timeZone } = input.calendar;
  const dispatchedAt = instantOf(input.facts.dispatchRecordedAt);
  const isThisOrder =
    dispatchedAt !== null && (isFirstOrder || isOnDayOrAfter(dispatchedAt, start, timeZone));
  const met = firstMet(
    { at: isThisOrder ? Math.max(dispatchedAt, start) : null, fact: 'dispatchRecordedAt' },
    {
      at: firstInstantWhere(spans, start, (entryId) => rule.metOnEntering.includes(entryId ?? '')),
    },
  );

  return evaluateBusinessClock({
    kind: 'dispatch',
    calendar: input.calendar,
    spans,
    pausedBy: rule.pausedBy,
    start,
    plainDue: input.calendar.addBusinessDays(new Date(start), rule.businessDays).getTime(),
    met,
    now: input.now.getTime(),
    recorded: standingOutcome(input.recorded?.dispatch, start, input.facts),
  });
};
