import type { BusinessCalendar } from '../calendar/business-calendar';
import { currentPause } from './current-pause';
import type { FirstMet } from './first-met';
import { type PauseSpan, pauseSpans, type StatusSpan } from './status-timeline';
import type { AppliedClock, ClockKind, RecordedOutcome, StatusPauseReason } from './types';

/** What a business-time clock is evaluated from; instants are epoch milliseconds. */
export interface BusinessClockSpec {
  kind: ClockKind;
  calendar: BusinessCalendar;
  spans: readonly StatusSpan[];
  pausedBy: Readonly<Record<string, StatusPauseReason>>;
  start: number;
  /** The due instant had nothing paused the clock. */
  plainDue: number;
  /** When and by what the promise was kept, if it was (even after `now`, then ignored). */
  met: FirstMet | null;
  now: number;
  recorded: RecordedOutcome | undefined;
}

const minutesBetween = (calendar: BusinessCalendar, from: number, to: number): number =>
  calendar.businessTimeBetween(new Date(from), new Date(to));

const countedMinutes = (
  calendar: BusinessCalendar,
  start: number,
  pauses: readonly PauseSpan[],
  at: number,
): number =>
  pauses.reduce(
    (counted, pause) => counted - minutesBetween(calendar, pause.from, Math.min(pause.to, at)),
    minutesBetween(calendar, start, at),
  );

// Each pause that begins before the clock runs out pushes the due instant back by all of its
// working time; pauses are in time order, so each is looked at once.
const dueAfterPauses = (
  calendar: BusinessCalendar,
  pauses: readonly PauseSpan[],
  plainDue: number,
): number => {
  let due = plainDue;
  let paused = 0;

  for (const pause of pauses) {
    if (pause.from >= due) break;

    paused += minutesBetween(calendar, pause.from, pause.to);
    if (paused > 0) due = calendar.addBusinessMinutes(new Date(plainDue), paused).getTime();
  }

  return due;
};

/**
 * Evaluates a business-time clock at `now`. Time in a status that stops the clock does not count;
 * a recorded outcome wins: a recorded met result is returned as it was, a recorded missed one
 * keeps its due instant. Minutes are rounded to whole minutes.
 * @example evaluateBusinessClock(spec).state // { kind: 'running' }
 */
export const evaluateBusinessClock = (spec: BusinessClockSpec): AppliedClock => {
  const { calendar, start, now, met, recorded } = spec;
  const metAt = met?.at ?? null;
  const horizon = metAt !== null && metAt <= now ? metAt : now;
  const pauses = pauseSpans(spec.spans, spec.pausedBy, start, horizon);
  const budget = minutesBetween(calendar, start, spec.plainDue);
  const dueAt = recorded?.dueAt.getTime() ?? dueAfterPauses(calendar, pauses, spec.plainDue);
  const counted = (at: number): number => countedMinutes(calendar, start, pauses, at);
  const clock = {
    kind: spec.kind,
    applies: true as const,
    timeBasis: 'business' as const,
    startedAt: new Date(start),
    dueAt: new Date(dueAt),
    budgetMinutes: Math.round(budget),
    isRecordedOutcome: recorded !== undefined,
  };

  if (recorded?.kind === 'met') {
    const elapsed = counted(recorded.at.getTime());
    const remaining = recorded.onTime ? Math.max(0, budget - elapsed) : 0;
    const state = { kind: 'met' as const, at: recorded.at, onTime: recorded.onTime };

    return {
      ...clock,
      ...(recorded.restsOn === undefined ? {} : { restsOn: recorded.restsOn }),
      state,
      elapsedMinutes: Math.round(elapsed),
      remainingMinutes: Math.round(remaining),
    };
  }

  if (metAt !== null && metAt <= now) {
    const elapsed = counted(metAt);
    const state = { kind: 'met' as const, at: new Date(metAt), onTime: metAt <= dueAt };
    const remaining = Math.max(0, budget - elapsed);

    return {
      ...clock,
      ...(met?.fact === undefined ? {} : { restsOn: met.fact }),
      state,
      elapsedMinutes: Math.round(elapsed),
      remainingMinutes: Math.round(remaining),
    };
  }

  if (now < start) {
    const state = { kind: 'scheduled' as const, startsAt: new Date(start) };
    return { ...clock, state, elapsedMinutes: 0, remainingMinutes: Math.round(budget) };
  }

  const elapsed = counted(now);
  const pause = currentPause(calendar, spec.spans, spec.pausedBy, now);

  if (now > dueAt) {
    const byMinutes = Math.round(elapsed - counted(dueAt));
    const state = { kind: 'missed' as const, since: new Date(dueAt), byMinutes, pause };

    return { ...clock, state, elapsedMinutes: Math.round(elapsed), remainingMinutes: 0 };
  }

  const state = pause === null ? { kind: 'running' as const } : { kind: 'paused' as const, pause };
  const remaining = Math.round(Math.max(0, budget - elapsed));

  return { ...clock, state, elapsedMinutes: Math.round(elapsed), remainingMinutes: remaining };
};
