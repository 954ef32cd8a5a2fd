import { firstMet } from './first-met';
import { instantOf } from './instant-of';
import { isOnDayOrAfter } from './is-on-day-or-after';
import { standingOutcome } from './standing-outcome';
import { firstInstantWhere, latestEpisodeStart, type StatusSpan } from './status-timeline';
import type { AppliedClock, ClockState, PromiseClock, PromiseClockInput } from './types';

const MS_PER_MINUTE = 60_000;

/**
 * Returns the installer-silence clock, an advice clock in calendar time: due the configured days
 * after the latest booking (each entry into the booked status books again; same wall-clock time
 * in the calendar's zone), met by contact recorded on the booking's day or later (a contact known
 * only by its date counts from the booking, not from that day's midnight), by a public comment an
 * installer account wrote since the booking, or by reaching a configured status. When missed,
 * the customer is advised to ring the installer. Nothing pauses it. Applies once a booking is recorded or its status entered.
 * @example installerSilenceClock(input, spans).timeBasis // 'calendar'
 */
export const installerSilenceClock = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
): PromiseClock => {
  const rule = input.settings.installerSilence;
  const isBooked = (entryId: string | null): boolean => entryId === rule.bookedEntryId;
  const bookedAt =
    instantOf(input.facts.installerBookedAt) ??
    latestEpisodeStart(spans, isBooked, (entryId) => !isBooked(entryId));
  if (bookedAt === null) return { kind: 'installer-silence', applies: false };

  const now = input.now.getTime();
  const recorded = standingOutcome(input.recorded?.['installer-silence'], bookedAt, input.facts);
  const plainDue = input.calendar.addCalendarDays(new Date(bookedAt), rule.calendarDays).getTime();
  const dueAt = recorded?.dueAt.getTime() ?? plainDue;
  const contactAt = instantOf(input.facts.installerContactAt);
  const { timeZone } = input.calendar;
  const isContactAfterBooking = contactAt !== null && isOnDayOrAfter(contactAt, bookedAt, timeZone);
  const commentsAfterBooking = (input.installerCommentsAt ?? [])
    .map((at) => at.getTime())
    .filter((at) => at >= bookedAt);
  const met = firstMet(
    {
      at: isContactAfterBooking ? Math.max(contactAt, bookedAt) : null,
      fact: 'installerContactAt',
    },
    { at: commentsAfterBooking.length === 0 ? null : Math.min(...commentsAfterBooking) },
    {
      at: firstInstantWhere(spans, bookedAt, (entryId) =>
        rule.metOnEntering.includes(entryId ?? ''),
      ),
    },
  );
  const metAt = met?.at ?? null;
  const endOfCount = Math.max(bookedAt, Math.min(now, metAt ?? now));

  const state = ((): ClockState => {
    if (recorded?.kind === 'met') return { kind: 'met', at: recorded.at, onTime: recorded.onTime };
    if (metAt !== null && metAt <= now)
      return { kind: 'met', at: new Date(metAt), onTime: metAt <= dueAt };
    if (now < bookedAt) return { kind: 'scheduled', startsAt: new Date(bookedAt) };

    if (now > dueAt) {
      const byMinutes = Math.round((now - dueAt) / MS_PER_MINUTE);
      return { kind: 'missed', since: new Date(dueAt), byMinutes, pause: null };
    }

    return { kind: 'running' };
  })();

  const clock: AppliedClock = {
    kind: 'installer-silence',
    applies: true,
    timeBasis: 'calendar',
    startedAt: new Date(bookedAt),
    dueAt: new Date(dueAt),
    state,
    budgetMinutes: Math.round((plainDue - bookedAt) / MS_PER_MINUTE),
    elapsedMinutes: Math.round((endOfCount - bookedAt) / MS_PER_MINUTE),
    remainingMinutes: Math.round(Math.max(0, dueAt - endOfCount) / MS_PER_MINUTE),
    isRecordedOutcome: recorded !== undefined,
  };
  const restsOn = recorded?.kind === 'met' ? recorded.restsOn : met?.fact;

  return state.kind === 'met' && restsOn !== undefined ? { ...clock, restsOn } : clock;
};
