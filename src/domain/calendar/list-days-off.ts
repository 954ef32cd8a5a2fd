import type { CalendarSettings } from './calendar-settings-schema';
import { type DayNumber, toDayKey } from './civil-day';
import { createHolidayLookup, type DayOffSource } from './holiday-lookup';

/** One day off of a calendar, as the admin sees it listed. */
export interface ListedDayOff {
  /** The local date ("2026-12-25"). */
  date: string;
  name: string;
  source: DayOffSource;
}

/**
 * The days off the calendar takes in the `days` days from `from` (public holidays, imported
 * holidays, extra days off), oldest first, leaving out extra working days. An empty list means
 * none fall in the span.
 * @example listDaysOff(newZealandFieldServiceCalendar, parseDayKey('2026-12-01')!, 31)
 *   // [{ date: '2026-12-25', name: 'Christmas Day', … }, { date: '2026-12-26', … }, …]
 */
export const listDaysOff = (
  settings: CalendarSettings,
  from: DayNumber,
  days: number,
): ListedDayOff[] => {
  const lookup = createHolidayLookup(settings);
  const working = new Set(settings.extraWorkingDays);
  const listed: ListedDayOff[] = [];

  for (let day = from; day < from + days; day += 1) {
    const date = toDayKey(day);
    const off = working.has(date) ? null : lookup.dayOffOn(day);
    if (off !== null) listed.push({ date, name: off.name, source: off.source });
  }
  return listed;
};
