import { evaluateBusinessClock } from './business-clock';
import { firstMet } from './first-met';
import { instantOf } from './instant-of';
import { standingOutcome } from './standing-outcome';
import { firstInstantWhere, pauseReasonOf, type StatusSpan } from './status-timeline';
import type { PromiseClock, PromiseClockInput } from './types';

/**
 * Returns the acknowledgement clock: business hours from creation, met when the request first
 * reaches a mapped status that is neither still open (In Review) nor one that stops this clock
 * (so moving to Waiting for Customer does not count), or when the team first replies publicly.
 * It applies to every request.
 * @example acknowledgementClock(input, spans).dueAt // creation plus 8 business hours
 */
export const acknowledgementClock = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
): PromiseClock => {
  const rule = input.settings.acknowledgement;
  const start = input.createdAt.getTime();

  const isAcknowledged = (entryId: string | null): boolean =>
    entryId !== null &&
    !rule.openEntryIds.includes(entryId) &&
    pauseReasonOf(rule.pausedBy, entryId) === null;
  const reply = instantOf(input.facts.firstPublicReplyAt);
  const met = firstMet(
    { at: firstInstantWhere(spans, start, isAcknowledged) },
    { at: reply === null ? null : Math.max(reply, start), fact: 'firstPublicReplyAt' },
  );

  return evaluateBusinessClock({
    kind: 'acknowledgement',
    calendar: input.calendar,
    spans,
    pausedBy: rule.pausedBy,
    start,
    plainDue: input.calendar.addBusinessHours(input.createdAt, rule.businessHours).getTime(),
    met,
    now: input.now.getTime(),
    recorded: standingOutcome(input.recorded?.acknowledgement, start, input.facts),
  });
};
