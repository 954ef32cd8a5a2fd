import { TZDate, tzOffset } from '@date-fns/tz';

import { type DayNumber, toCivilDate, toDayNumber } from './civil-day';

const MS_PER_DAY = 86_400_000;
const SIX_HOURS = 21_600_000;

/** A wall clock reading: the local day and the milliseconds since local midnight. */
export interface WallClock {
  day: DayNumber;
  time: number;
}

/**
 * Returns what a wall clock in a time zone shows at an instant.
 * @example wallClockOf(Date.UTC(2026, 0, 1, 12), 'Pacific/Auckland')
 *   // { day: toDayNumber(2026, 1, 2), time: 3_600_000 }
 */
export const wallClockOf = (instant: number, timeZone: string): WallClock => {
  const local = new TZDate(instant, timeZone);
  const minutes = local.getHours() * 60 + local.getMinutes();

  return {
    day: toDayNumber(local.getFullYear(), local.getMonth() + 1, local.getDate()),
    time: (minutes * 60 + local.getSeconds()) * 1000 + local.getMilliseconds(),
  };
};

/**
 * Returns the calendar day an instant falls on in a time zone.
 * @example localDayOf(Date.UTC(2026, 0, 1, 12), 'Pacific/Auckland') // toDayNumber(2026, 1, 2)
 */
export const localDayOf = (instant: number, timeZone: string): DayNumber =>
  wallClockOf(instant, timeZone).day;

// The first instant in (from, to] whose offset is the one in force at `to`: the moment the
// clocks changed. Only called within hours of a change, so the search space holds one change.
const changeInstant = (timeZone: string, from: number, to: number): number => {
  const offsetAfter = tzOffset(timeZone, new Date(to));
  let [before, after] = [from, to];

  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (tzOffset(timeZone, new Date(middle)) === offsetAfter) after = middle;
    else before = middle;
  }

  return after;
};

/**
 * Returns the instant a wall clock in a time zone shows a time (milliseconds since local
 * midnight, up to 24:00) on a day. A time the clocks skip going forward gives the moment they
 * changed (the first instant showing a later time); a time shown twice gives its first occurrence.
 * @example wallClockToInstant(toDayNumber(2026, 1, 1), 9 * 3_600_000, 'UTC') // 1767258000000
 */
export const wallClockToInstant = (day: DayNumber, wallTime: number, timeZone: string): number => {
  const target: WallClock =
    wallTime >= MS_PER_DAY
      ? { day: day + 1, time: wallTime - MS_PER_DAY }
      : { day, time: wallTime };
  const { year, month, day: date } = toCivilDate(target.day);
  const { time } = target;
  const [hours, minutes, seconds, ms] = [
    Math.floor(time / 3_600_000),
    Math.floor(time / 60_000) % 60,
    Math.floor(time / 1000) % 60,
    time % 1000,
  ];

  const instant = +new TZDate(year, month - 1, date, hours, minutes, seconds, ms, timeZone);
  const offsetBefore = tzOffset(timeZone, new Date(instant - SIX_HOURS));
  if (offsetBefore === tzOffset(timeZone, new Date(instant + SIX_HOURS))) return instant;

  // Near a change TZDate shifts a skipped time by the size of the gap, and picks between the two
  // occurrences of a repeated time by the machine's own zone; both are settled here instead.
  const shown = wallClockOf(instant, timeZone);
  if (shown.day !== target.day || shown.time !== time) {
    return changeInstant(timeZone, instant - SIX_HOURS, instant);
  }

  const shift = (offsetBefore - tzOffset(timeZone, new Date(instant))) * 60_000;
  if (shift <= 0) return instant;

  const earlier = wallClockOf(instant - shift, timeZone);

  return earlier.day === target.day && earlier.time === time ? instant - shift : instant;
};
