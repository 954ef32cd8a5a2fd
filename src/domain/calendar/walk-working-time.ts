import type { DaySchedule } from './day-schedule';

/**
 * Consecutive days without working time after which a calendar is taken as never opening again.
 * Valid settings always open within a year; the bound only stops a walk that could not end.
 */
const MAX_CLOSED_DAYS = 1100;

/** Thrown when a calendar has no working time for longer than any real calendar could. */
export class CalendarNeverOpensError extends Error {
  override name = 'CalendarNeverOpensError';
}

const neverOpens = (): CalendarNeverOpensError =>
  new CalendarNeverOpensError(
    `The calendar has no working time in ${MAX_CLOSED_DAYS} consecutive days.`,
  );

/**
 * Returns the instant reached by counting an amount of working time (milliseconds) from an
 * instant, day by day over the blocks. Time that ends exactly at a block's end gives that end;
 * an amount of zero gives the next opening (the instant itself inside a block).
 * @throws CalendarNeverOpensError when the calendar stays closed for too long.
 * @example addWorkingTime(createDaySchedule(defaultCalendarSettings), Date.UTC(2026, 0, 2, 16), 7_200_000)
 *   // Date.UTC(2026, 0, 5, 10): an hour on Friday, an hour on Monday
 */
export const addWorkingTime = (schedule: DaySchedule, from: number, amount: number): number => {
  let remaining = amount;
  let closedDays = 0;

  for (let day = schedule.dayOf(from); closedDays < MAX_CLOSED_DAYS; day += 1) {
    const blocks = schedule.blocksOf(day);
    closedDays = blocks.length === 0 ? closedDays + 1 : 0;

    for (const block of blocks) {
      if (block.end <= from) continue;

      const start = Math.max(block.start, from);
      if (remaining <= block.end - start) return start + remaining;
      remaining -= block.end - start;
    }
  }

  throw neverOpens();
};

/**
 * Returns the working time (milliseconds) between two instants; 0 when `to` is not after `from`.
 * @example measureWorkingTime(schedule, Date.UTC(2026, 0, 2, 16), Date.UTC(2026, 0, 5, 10))
 *   // 7200000 with the default Monday-to-Friday 09:00 to 17:00 UTC schedule
 */
export const measureWorkingTime = (schedule: DaySchedule, from: number, to: number): number => {
  if (to <= from) return 0;

  let total = 0;
  const lastDay = schedule.dayOf(to);

  for (let day = schedule.dayOf(from); day <= lastDay; day += 1) {
    for (const block of schedule.blocksOf(day)) {
      const overlap = Math.min(block.end, to) - Math.max(block.start, from);
      if (overlap > 0) total += overlap;
    }
  }

  return total;
};

/**
 * Tells whether an instant lies inside a working block (its end excluded).
 * @example isWorkingAt(createDaySchedule(defaultCalendarSettings), Date.UTC(2026, 0, 5, 17)) // false
 */
export const isWorkingAt = (schedule: DaySchedule, instant: number): boolean =>
  schedule
    .blocksOf(schedule.dayOf(instant))
    .some((block) => block.start <= instant && instant < block.end);

/**
 * Returns the first day after `day` that has working time.
 * @throws CalendarNeverOpensError when the calendar stays closed for too long.
 * @example nextWorkingDay(createDaySchedule(defaultCalendarSettings), toDayNumber(2026, 1, 2))
 *   // toDayNumber(2026, 1, 5): from Friday to Monday
 */
export const nextWorkingDay = (schedule: DaySchedule, day: number): number => {
  for (let next = day + 1; next <= day + MAX_CLOSED_DAYS; next += 1) {
    if (schedule.blocksOf(next).length > 0) return next;
  }

  throw neverOpens();
};
