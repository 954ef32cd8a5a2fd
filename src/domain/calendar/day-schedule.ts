import type { CalendarSettings } from './calendar-settings-schema';
import { type DayNumber, toDayKey, weekdayOf } from './civil-day';
import { createHolidayLookup, type DayOff } from './holiday-lookup';
import { parseTimeOfDay } from './time-of-day';
import { localDayOf, wallClockToInstant } from './wall-clock';
import { weekdays } from './working-hours-schema';

/** A span of working time as instants (epoch milliseconds), start included, end excluded. */
export interface WorkingBlock {
  readonly start: number;
  readonly end: number;
}

/** The working time of each day of one calendar; blocks are computed once per day and kept. */
export interface DaySchedule {
  readonly timeZone: string;
  /** Returns the calendar day an instant falls on in the calendar's zone. */
  readonly dayOf: (instant: number) => DayNumber;
  /** Returns a day's working blocks in order; empty on a closed day. */
  readonly blocksOf: (day: DayNumber) => readonly WorkingBlock[];
  /** Returns the holiday or day off falling on a day, worked or not; null when there is none. */
  readonly holidayOn: (day: DayNumber) => DayOff | null;
  /** Tells whether a holiday or day off takes away a day that would otherwise be worked. */
  readonly isClosedForHoliday: (day: DayNumber) => boolean;
}

type Pattern = readonly (readonly [number, number])[];

const MS_PER_MINUTE = 60_000;

/**
 * Compiles settings into a day schedule. An extra working day is worked with its weekday's usual
 * blocks, or with those of the first weekday from Monday that has any.
 * @example createDaySchedule(defaultCalendarSettings).blocksOf(parseDayKey('2026-01-05')!)
 *   // [{ start: Date.UTC(2026, 0, 5, 9), end: Date.UTC(2026, 0, 5, 17) }]
 */
export const createDaySchedule = (settings: CalendarSettings): DaySchedule => {
  const { timeZone } = settings;
  const holidays = createHolidayLookup(settings);
  const extraWorkingDays = new Set(settings.extraWorkingDays);
  const blocksByDay = new Map<DayNumber, readonly WorkingBlock[]>();

  const patterns: Pattern[] = weekdays.map((weekday) =>
    settings.workingHours[weekday].map(
      ({ start, end }) => [parseTimeOfDay(start) ?? 0, parseTimeOfDay(end) ?? 0] as const,
    ),
  );
  const fallback = [1, 2, 3, 4, 5, 6, 0]
    .map((weekday) => patterns[weekday] ?? [])
    .find((pattern) => pattern.length > 0);

  const patternOf = (day: DayNumber): Pattern => patterns[weekdayOf(day)] ?? [];

  const isClosedForHoliday = (day: DayNumber): boolean =>
    patternOf(day).length > 0 &&
    !extraWorkingDays.has(toDayKey(day)) &&
    holidays.dayOffOn(day) !== null;

  const workedPatternOf = (day: DayNumber): Pattern => {
    if (extraWorkingDays.has(toDayKey(day))) {
      const usual = patternOf(day);
      return usual.length > 0 ? usual : (fallback ?? []);
    }

    return isClosedForHoliday(day) ? [] : patternOf(day);
  };

  const blocksOf = (day: DayNumber): readonly WorkingBlock[] => {
    const cached = blocksByDay.get(day);
    if (cached !== undefined) return cached;

    const blocks = workedPatternOf(day)
      .map(([start, end]) => ({
        start: wallClockToInstant(day, start * MS_PER_MINUTE, timeZone),
        end: wallClockToInstant(day, end * MS_PER_MINUTE, timeZone),
      }))
      // A block inside the hour skipped by daylight saving can collapse to nothing.
      .filter((block) => block.end > block.start);

    blocksByDay.set(day, blocks);
    return blocks;
  };

  return {
    timeZone,
    dayOf: (instant) => localDayOf(instant, timeZone),
    blocksOf,
    holidayOn: (day) => holidays.dayOffOn(day),
    isClosedForHoliday,
  };
};
