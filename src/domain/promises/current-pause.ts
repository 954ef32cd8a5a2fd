import type { BusinessCalendar } from '../calendar/business-calendar';
import { pauseReasonOf, spanAt, type StatusSpan } from './status-timeline';
import type { ClockPause, StatusPauseReason } from './types';

/**
 * Returns why a business clock is not counting at `now`: a status that stops it wins (it waits
 * on someone, so no resume time), else the calendar being closed (resuming at its next opening);
 * null while it counts.
 * @example currentPause(london, spans, {}, fridayAt1830) // outside working hours, resumes Monday
 */
export const currentPause = (
  calendar: BusinessCalendar,
  spans: readonly StatusSpan[],
  pausedBy: Readonly<Record<string, StatusPauseReason>>,
  now: number,
): ClockPause | null => {
  const span = spanAt(spans, now);
  const reason = pauseReasonOf(pausedBy, span?.entryId ?? null);
  if (span !== null && reason !== null) {
    return { reason, since: new Date(span.from), resumesAt: null, holidayName: null };
  }

  const closure = calendar.closureAt(new Date(now));
  if (closure === null) return null;

  return {
    reason: closure.reason,
    since: null,
    resumesAt: calendar.nextOpening(new Date(now)),
    holidayName: closure.holidayName,
  };
};
