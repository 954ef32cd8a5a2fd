import { TZDate, tzOffset } from '@date-fns/tz';

import { type DayNumber, toDayNumber } from './civil-day';

const MS_PER_DAY = 86_400_000;
const MS_PER_SECOND = 1000;

/** A wall clock reading: the local day and the milliseconds since local midnight. */
export interface WallClock {
  day: DayNumber;
  time: number;
}

/**
 * Returns what a wall clock in a time zone shows at an instant. TZDate's getters read the zone's
 * offset from Intl, so the machine's own zone plays no part.
 * @example wallClockOf(Date.UTC(2026, 0, 1, 12), 'Pacific/Auckland')
 *   // { day: toDayNumber(2026, 1, 2), time: 3_600_000 }
 */
export const wallClockOf = (instant: number, timeZone: string): WallClock => {
  const local = new TZDate(instant, timeZone);
  const minutes = local.getHours() * 60 + local.getMinutes();

  return {
    day: toDayNumber(local.getFullYear(), local.getMonth() + 1, local.getDate()),
    time: (minutes * 60 + local.getSeconds()) * MS_PER_SECOND + local.getMilliseconds(),
  };
};

/**
 * Returns the calendar day an instant falls on in a time zone.
 * @example localDayOf(Date.UTC(2026, 0, 1, 12), 'Pacific/Auckland') // toDayNumber(2026, 1, 2)
 */
export const localDayOf = (instant: number, timeZone: string): DayNumber =>
  wallClockOf(instant, timeZone).day;

// A reading as one number (milliseconds since 1970-01-01 00:00 on the wall), so readings compare.
const readingAt = (instant: number, timeZone: string): number => {
  const { day, time } = wallClockOf(instant, timeZone);

  return day * MS_PER_DAY + time;
};

// The instants that would show the reading under each offset the zone uses within a day of it.
// TZDate's constructor from date parts is not used: near a change of its own, the machine's zone
// moves the result (the parts are first read as machine-local time).
const candidatesFor = (reading: number, timeZone: string): number[] => {
  const offsets = [reading - MS_PER_DAY, reading, reading + MS_PER_DAY].map((at) =>
    Math.round(tzOffset(timeZone, new Date(at)) * 60),
  );

  return [...new Set(offsets)].map((seconds) => reading - seconds * MS_PER_SECOND);
};

// The first instant in (from, to] showing a later reading than `reading`; `from` shows an earlier
// one and `to` a later one. Readings only run backwards when the clocks go back, which cannot
// happen inside a gap the clocks skipped going forward.
const firstInstantAfter = (reading: number, timeZone: string, from: number, to: number) => {
  let [before, after] = [from, to];

  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (readingAt(middle, timeZone) > reading) after = middle;
    else before = middle;
  }

  return after;
};

/**
 * Returns the instant a wall clock in a time zone shows a time (milliseconds since local
 * midnight, up to 24:00) on a day, whatever the machine's zone. A time the clocks skip going
 * forward gives the moment they changed (the first instant showing a later time); a time shown
 * twice gives its first occurrence.
 * @example wallClockToInstant(toDayNumber(2026, 1, 1), 9 * 3_600_000, 'UTC') // 1767258000000
 */
export const wallClockToInstant = (day: DayNumber, wallTime: number, timeZone: string): number => {
  const reading = day * MS_PER_DAY + wallTime;
  const candidates = candidatesFor(reading, timeZone).sort((left, right) => left - right);

  const shown = candidates.find((instant) => readingAt(instant, timeZone) === reading);
  if (shown !== undefined) return shown;

  const earliest = candidates[0] ?? reading;
  const latest = candidates[candidates.length - 1] ?? reading;

  return firstInstantAfter(reading, timeZone, earliest, latest);
};
