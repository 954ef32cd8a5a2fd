import { toCivilDate, toDayNumber } from '../../src/domain/calendar/civil-day';
import { wallClockOf, wallClockToInstant } from '../../src/domain/calendar/wall-clock';

const MS_PER_MINUTE = 60_000;

/**
 * The years the sandbox's time forms take. Outside them a year is a slip ("0026" for 2026), which
 * `Date` would silently read as 1926.
 */
export const sandboxYears = { first: 2000, last: 2099 } as const;

/** Said when a date and time is refused for its year. */
export const yearProblem =
  `The sandbox takes years from ${sandboxYears.first} to ${sandboxYears.last}; ` +
  'write the year in full, such as 2026.';

/** A date and time read as an instant, or why it is refused: not one, or outside the years. */
export type WallTimeReading = { instant: Date } | { refused: 'format' | 'year' };

const isSandboxYear = (year: number): boolean =>
  year >= sandboxYears.first && year <= sandboxYears.last;

/** Whether an instant falls in the sandbox's years, on the calendar of a time zone. */
export const isInSandboxYears = (instant: Date, timeZone: string): boolean =>
  isSandboxYear(toCivilDate(wallClockOf(instant.getTime(), timeZone).day).year);

/**
 * Reads the value of an `<input type="datetime-local">` ("2026-12-24T16:30") as a wall-clock time
 * in a time zone, with the business calendar's own reading of wall clocks, so the machine's zone
 * plays no part; a time the clocks skip reads as the moment they changed.
 * @example wallTimeToInstant('2026-12-24T16:30', 'Pacific/Auckland')
 *   // { instant: new Date('2026-12-24T03:30:00.000Z') }
 */
export const wallTimeToInstant = (value: string, timeZone: string): WallTimeReading => {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!parts) return { refused: 'format' };
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0] = parts
    .slice(1)
    .map((part) => Number(part || 0));
  if (hours > 23 || minutes > 59 || seconds > 59) return { refused: 'format' };
  // Checked before building the date: `Date` reads a year below 100 as 19xx.
  if (!isSandboxYear(year)) return { refused: 'year' };
  const dayNumber = toDayNumber(year, month, day);
  // A day such as 31 February rolls over; refuse it instead.
  const civil = toCivilDate(dayNumber);
  if (civil.month !== month || civil.day !== day) return { refused: 'format' };
  const wallTime = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  return { instant: new Date(wallClockToInstant(dayNumber, wallTime, timeZone)) };
};

/**
 * Reads a date and time with its UTC offset ("2026-12-24T16:30+13:00", or "Z" for UTC) as strictly
 * as {@link wallTimeToInstant}; `new Date` would also take "2026-02-30", "12/24/50" or no offset.
 * @example offsetTimeToInstant('2026-12-24T16:30+13:00')
 *   // { instant: new Date('2026-12-24T03:30:00.000Z') }
 */
export const offsetTimeToInstant = (value: string): WallTimeReading => {
  const parts = /^(.+?)(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(value.trim());
  if (!parts) return { refused: 'format' };
  const [, wall = '', sign, hours = '0', minutes = '0'] = parts;
  if (Number(hours) > 14 || Number(minutes) > 59) return { refused: 'format' };
  const reading = wallTimeToInstant(wall, 'UTC');
  if (!('instant' in reading)) return reading;
  const offsetMs = (Number(hours) * 60 + Number(minutes)) * MS_PER_MINUTE * (sign === '-' ? -1 : 1);
  return { instant: new Date(reading.instant.getTime() - offsetMs) };
};

/**
 * Writes an instant as a `datetime-local` value in a time zone.
 * @example instantToWallTime(new Date('2026-12-24T03:30:00Z'), 'Pacific/Auckland')
 *   // '2026-12-24T16:30'
 */
export const instantToWallTime = (instant: Date, timeZone: string): string => {
  const { day, time } = wallClockOf(instant.getTime(), timeZone);
  const { year, month, day: date } = toCivilDate(day);
  const minutes = Math.floor(time / MS_PER_MINUTE);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(date)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};
