import type { ClockKind, PromiseClockView } from '../contracts/promise-clocks';
import { toDayKey } from '../domain/calendar/civil-day';
import { localDayOf } from '../domain/calendar/wall-clock';
import type { ClockSettings } from '../domain/promises/clock-settings';
import type { AppliedClock, ClockPause, FactName, PromiseClocks } from '../domain/promises/types';

const order: readonly ClockKind[] = [
  'acknowledgement',
  'dispatch',
  'installer-contact',
  'installer-silence',
];

const plural = (amount: number, unit: string): string =>
  `${amount} ${unit}${amount === 1 ? '' : 's'}`;

/** The promise behind each clock, in the words the agent panel uses. */
const promiseOf = (kind: ClockKind, settings: ClockSettings): string => {
  switch (kind) {
    case 'acknowledgement':
      return `Acknowledge within ${plural(settings.acknowledgement.businessHours, 'business hour')}`;
    case 'dispatch':
      return `Dispatch within ${plural(settings.dispatch.businessDays, 'business day')}`;
    case 'installer-contact':
      return `Installer contact within ${plural(settings.installerContact.businessDays, 'business day')} of receiving the hardware`;
    case 'installer-silence':
      return `Advise the customer after ${plural(settings.installerSilence.calendarDays, 'day')} without installer contact`;
  }
};

/** Facts agents enter as a calendar date; a promise they keep was kept on a day, not at a time. */
const datedFacts: ReadonlySet<FactName> = new Set([
  'dispatchRecordedAt',
  'hardwareReceivedAt',
  'installerContactAt',
  'installerBookedAt',
]);

/**
 * The clocks that apply to a request, in the order of the request's journey, as views; dates
 * agents recorded are read as days of the calendar's `timeZone`. An empty list means no promise
 * applies yet.
 */
export const toClockViews = (
  clocks: PromiseClocks,
  settings: ClockSettings,
  timeZone: string,
): PromiseClockView[] =>
  order.flatMap((kind) => {
    const clock = clocks[kind];
    return clock.applies ? [toView(clock, promiseOf(kind, settings), timeZone)] : [];
  });

const toView = (clock: AppliedClock, promise: string, timeZone: string): PromiseClockView => {
  const { state } = clock;
  const pause =
    state.kind === 'paused' ? state.pause : state.kind === 'missed' ? state.pause : null;

  return {
    kind: clock.kind,
    promise,
    state: state.kind,
    dueAt: clock.dueAt.toISOString(),
    timeBasis: clock.timeBasis,
    elapsedMinutes: clock.elapsedMinutes,
    remainingMinutes: clock.remainingMinutes,
    pause: pause === null ? null : toPauseView(pause),
    met:
      state.kind === 'met'
        ? {
            at: state.at.toISOString(),
            onTime: state.onTime,
            onDate:
              clock.restsOn !== undefined && datedFacts.has(clock.restsOn)
                ? toDayKey(localDayOf(state.at.getTime(), timeZone))
                : null,
          }
        : null,
    missed:
      state.kind === 'missed'
        ? { since: state.since.toISOString(), byMinutes: state.byMinutes }
        : null,
    startsAt: state.kind === 'scheduled' ? state.startsAt.toISOString() : null,
  };
};

const toPauseView = (pause: ClockPause): NonNullable<PromiseClockView['pause']> => ({
  reason: pause.reason,
  holidayName: pause.holidayName,
  since: pause.since?.toISOString() ?? null,
  resumesAt: pause.resumesAt?.toISOString() ?? null,
});
