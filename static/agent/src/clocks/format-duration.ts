import type { PromiseClockView } from '../../../../src/contracts/promise-clocks';

/** How a clock counts its minutes: working time on the calendar, or time around the clock. */
export type TimeBasis = PromiseClockView['timeBasis'];

const minutesPerHour = 60;
const minutesPerDay = 24 * minutesPerHour;

/**
 * Writes whole minutes as hours and minutes ('3 h 30 min'), and, for calendar time, days as well
 * ('2 days 4 h'). A business day's length depends on the calendar, so business time stays in
 * hours. Negative amounts count as zero.
 *
 * @example formatDuration(210, 'business') // '3 h 30 min'
 * @example formatDuration(3000, 'calendar') // '2 days 2 h'
 */
export const formatDuration = (minutes: number, basis: TimeBasis): string => {
  const total = Math.max(0, Math.round(minutes));
  const days = basis === 'calendar' ? Math.floor(total / minutesPerDay) : 0;
  const hours = Math.floor((total - days * minutesPerDay) / minutesPerHour);
  const rest = total % minutesPerHour;

  const parts = [
    days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : null,
    hours > 0 ? `${hours} h` : null,
    // Minutes add noise once a span runs to days.
    rest > 0 && days === 0 ? `${rest} min` : null,
  ].filter((part) => part !== null);

  return parts.length === 0 ? '0 min' : parts.join(' ');
};

/**
 * An amount of a clock's time in words that say which time it is.
 *
 * @example describeAmount(90, 'business') // '1 h 30 min of business time'
 * @example describeAmount(90, 'calendar') // '1 h 30 min'
 */
export const describeAmount = (minutes: number, basis: TimeBasis): string => {
  const amount = formatDuration(minutes, basis);
  return basis === 'business' ? `${amount} of business time` : amount;
};
