import { localDayOf } from '../calendar/wall-clock';

/**
 * Whether a recorded fact's instant falls on the day of `since` or later, in the calendar's zone.
 * Agents record such facts by date alone (stored as that day's midnight), so a fact of the same
 * day as a booking or an order counts as coming after it.
 * @example isOnDayOrAfter(Date.UTC(2026, 11, 1, 11), Date.UTC(2026, 11, 1, 23), 'UTC') // true
 */
export const isOnDayOrAfter = (instant: number, since: number, timeZone: string): boolean =>
  localDayOf(instant, timeZone) >= localDayOf(since, timeZone);
