import { evaluateBusinessClock } from './business-clock';
import { earliest, instantOf } from './earliest';
import { firstInstantWhere, type StatusSpan } from './status-timeline';
import type { PromiseClock, PromiseClockInput } from './types';

/**
 * Returns the dispatch clock: business days from first entering Awaiting Dispatch (same time of
 * day on the Nth working day), met when dispatch is recorded or the request moves on to one of
 * the configured later statuses. Does not apply before the request reaches Awaiting Dispatch.
 * @example dispatchClock(input, spans).applies // false for a request never awaiting dispatch
 */
export const dispatchClock = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
): PromiseClock => {
  const rule = input.settings.dispatch;
  const start = firstInstantWhere(spans, -Infinity, (entryId) => entryId === rule.startEntryId);
  if (start === null) return { kind: 'dispatch', applies: false };

  const dispatchedAt = instantOf(input.facts.dispatchRecordedAt);
  const metAt = earliest(
    dispatchedAt === null ? null : Math.max(dispatchedAt, start),
    firstInstantWhere(spans, start, (entryId) => rule.metOnEntering.includes(entryId ?? '')),
  );

  return evaluateBusinessClock({
    kind: 'dispatch',
    calendar: input.calendar,
    spans,
    pausedBy: rule.pausedBy,
    start,
    plainDue: input.calendar.addBusinessDays(new Date(start), rule.businessDays).getTime(),
    metAt,
    now: input.now.getTime(),
    recorded: input.recorded?.dispatch,
  });
};
