import type { ReactNode } from 'react';

import type { PromiseClockView } from '../../../../src/contracts/promise-clocks';
import type { Detail } from '../../../shared/detail-list';
import { isCalendarClosure, pauseReasonText, resumeCondition } from './clock-words';
import { describeAmount } from './format-duration';

/** How the details write instants: in both time zones where it matters, or the viewer's only. */
export interface InstantWriters {
  /** For due, resume and start times, which the calendar decides. */
  zoned: (iso: string) => ReactNode;
  /** For times that only record when something happened. */
  plain: (iso: string) => ReactNode;
  /** For days an agent recorded (YYYY-MM-DD), which carry no time of day. */
  day: (date: string) => ReactNode;
}

/**
 * The details of a clock in the order an agent needs them: what is due or what happened first,
 * then why it is paused and until when, then the time left and used.
 */
export const clockDetails = (clock: PromiseClockView, write: InstantWriters): Detail[] => {
  const { timeBasis } = clock;
  const timeLeft = { term: 'Time left', detail: describeAmount(clock.remainingMinutes, timeBasis) };
  const elapsed = { term: 'Elapsed', detail: describeAmount(clock.elapsedMinutes, timeBasis) };

  switch (clock.state) {
    case 'scheduled':
      return [
        ...(clock.startsAt === null
          ? []
          : [{ term: 'Starts', detail: write.zoned(clock.startsAt) }]),
        { term: 'Due', detail: write.zoned(clock.dueAt) },
        { term: 'Time allowed', detail: describeAmount(clock.remainingMinutes, timeBasis) },
      ];
    case 'running':
      return [{ term: 'Due', detail: write.zoned(clock.dueAt) }, timeLeft, elapsed];
    case 'paused':
      return [
        ...pauseDetails(clock, write),
        { term: 'Due', detail: dueWhilePaused(clock, write) },
        timeLeft,
        elapsed,
      ];
    case 'met':
      return [
        ...(clock.met === null ? [] : [{ term: 'Outcome', detail: metDetail(clock.met, write) }]),
        { term: 'Was due', detail: write.zoned(clock.dueAt) },
        // A day without a time of day cannot say how long it took to the minute.
        ...(clock.met?.onDate == null
          ? [{ term: 'Time taken', detail: describeAmount(clock.elapsedMinutes, timeBasis) }]
          : []),
      ];
    case 'missed':
      return [
        ...(clock.missed === null
          ? []
          : [{ term: 'Missed by', detail: describeAmount(clock.missed.byMinutes, timeBasis) }]),
        { term: 'Was due', detail: write.zoned(clock.dueAt) },
        ...pauseDetails(clock, write),
        elapsed,
      ];
  }
};

const pauseDetails = (clock: PromiseClockView, write: InstantWriters): Detail[] => {
  const { pause } = clock;
  if (pause === null) {
    return [];
  }

  return [
    { term: 'Why paused', detail: pauseReasonText(pause) },
    ...(pause.since === null ? [] : [{ term: 'Since', detail: write.plain(pause.since) }]),
    {
      term: 'Resumes',
      detail:
        pause.resumesAt === null ? resumeCondition(pause.reason) : write.zoned(pause.resumesAt),
    },
  ];
};

const dueWhilePaused = (clock: PromiseClockView, write: InstantWriters): ReactNode => {
  if (clock.pause === null || isCalendarClosure(clock.pause.reason)) {
    return write.zoned(clock.dueAt);
  }

  // A status that stops the clock pushes the due time on for as long as it lasts.
  return <>{write.zoned(clock.dueAt)} (if it resumed now)</>;
};

const metDetail = (met: NonNullable<PromiseClockView['met']>, write: InstantWriters): ReactNode => (
  <>
    {met.onTime ? 'On time' : 'Late'},{' '}
    {met.onDate === null ? write.plain(met.at) : write.day(met.onDate)}
  </>
);
