/**
 * A calendar day counted from 1970-01-01 (day 0). It names a date, not an instant: which instants
 * belong to it depends on the calendar's time zone.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Returns the day number of a date given by its year, month (1 to 12) and day of the month.
 * Out-of-range parts roll over as `Date.UTC` does.
 * @example toDayNumber(1970, 1, 2) // 1
 */
export const toDayNumber = (year: number, month: number, day: number): DayNumber =>
  Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);

/**
 * Returns the ISO date ("YYYY-MM-DD") of a day number.
 * @example toDayKey(20454) // '2026-01-01'
 */
export const toDayKey = (day: DayNumber): string =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Parses an ISO date ("YYYY-MM-DD"); null when the text is not one or names no real day.
 * @example parseDayKey('2026-02-30') // null
 */
export const parseDayKey = (key: string): DayNumber | null => {
  const match = DAY_KEY.exec(key);
  if (!match) return null;

  const day = toDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));

  return toDayKey(day) === key ? day : null;
};

/**
 * Returns the year, month (1 to 12) and day of the month of a day number.
 * @example toCivilDate(20454) // { year: 2026, month: 1, day: 1 }
 */
export const toCivilDate = (day: DayNumber): { year: number; month: number; day: number } => {
  const date = new Date(day * MS_PER_DAY);

  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/**
 * Returns the weekday of a day number, 0 for Sunday to 6 for Saturday (as `Date#getDay`).
 * @example weekdayOf(0) // 4 (1970-01-01 was a Thursday)
 */
export const weekdayOf = (day: DayNumber): number => (((day + 4) % 7) + 7) % 7;
