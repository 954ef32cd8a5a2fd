import type Holidays from 'date-holidays';

import type { CalendarSettings } from './calendar-settings-schema';
import { type DayNumber, parseDayKey, toCivilDate, toDayKey } from './civil-day';
import { createHolidaySource, type HolidayRegion } from './holiday-region';

const MS_PER_DAY = 86_400_000;

/** Where a day off comes from. */
export type DayOffSource = 'public-holiday' | 'imported' | 'extra-day-off';

/** A day the calendar takes off, with the name to show. */
export interface DayOff {
  name: string;
  source: DayOffSource;
}

/** Answers which days are off; public holidays are fetched once per year and kept. */
export interface HolidayLookup {
  /** Returns the day off falling on a day, or null when the day is not one. */
  readonly dayOffOn: (day: DayNumber) => DayOff | null;
}

const addName = (days: Map<string, string>, key: string, name: string): void => {
  const existing = days.get(key);
  days.set(key, existing === undefined ? name : `${existing} / ${name}`);
};

/**
 * Creates the holiday lookup of one calendar. Extra days off win over imported holidays, which
 * win over public holidays; extra working days are decided by the caller, not here.
 * @example createHolidayLookup(newZealandFieldServiceCalendar).dayOffOn(parseDayKey('2026-02-06')!)
 *   // { name: 'Waitangi Day', source: 'public-holiday' }
 */
export const createHolidayLookup = (settings: CalendarSettings): HolidayLookup => {
  const extraDaysOff = new Set(settings.extraDaysOff);
  const imported = new Map<string, string>();
  settings.importedHolidays.forEach(({ date, name }) => {
    addName(imported, date, name);
  });

  const region = settings.publicHolidays;
  let source: Holidays | null = null;
  const publicByYear = new Map<number, Map<string, string>>();
  const spilled = new Map<string, string>();

  const publicHolidaysOf = (holidayRegion: HolidayRegion, year: number): Map<string, string> => {
    const cached = publicByYear.get(year);
    if (cached !== undefined) return cached;

    const days = new Map<string, string>();
    source ??= createHolidaySource(holidayRegion);
    for (const holiday of source.getHolidays(year, 'en')) {
      const first = parseDayKey(holiday.date.slice(0, 10));
      if (first === null) continue;

      // A holiday starting mid-day counts as a whole day off. A span crossing into the next year
      // is kept aside and found only once its first year has been loaded.
      const length = Math.max(1, Math.round((+holiday.end - +holiday.start) / MS_PER_DAY));
      for (let offset = 0; offset < length; offset += 1) {
        const key = toDayKey(first + offset);
        addName(toCivilDate(first + offset).year === year ? days : spilled, key, holiday.name);
      }
    }

    publicByYear.set(year, days);
    return days;
  };

  return {
    dayOffOn: (day) => {
      const key = toDayKey(day);
      if (extraDaysOff.has(key)) return { name: 'Day off', source: 'extra-day-off' };

      const importedName = imported.get(key);
      if (importedName !== undefined) return { name: importedName, source: 'imported' };

      if (region === null) return null;
      const publicName =
        publicHolidaysOf(region, toCivilDate(day).year).get(key) ?? spilled.get(key);

      return publicName === undefined ? null : { name: publicName, source: 'public-holiday' };
    },
  };
};
