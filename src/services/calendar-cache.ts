import type { BusinessCalendar } from '../domain/calendar/business-calendar';
import type { CalendarSettings } from '../domain/calendar/calendar-settings-schema';
import { compileCalendar } from '../domain/calendar/compile-calendar';

/** Calendars kept at once; a site has one per distinct project calendar, rarely more than a few. */
const maxCalendars = 8;
const compiled = new Map<string, BusinessCalendar>();

/**
 * The compiled calendar for these settings, kept between invocations of a warm function so its
 * public holidays and day blocks are worked out once, not on every panel load or event. A compiled
 * calendar holds no request data and never changes, so sharing it is safe; changed settings make
 * a new key.
 */
export const calendarFor = (settings: CalendarSettings): BusinessCalendar => {
  const key = JSON.stringify(settings);
  const cached = compiled.get(key);
  if (cached) {
    // Most recently used last, so the oldest is the one dropped.
    compiled.delete(key);
    compiled.set(key, cached);
    return cached;
  }

  const calendar = compileCalendar(settings);
  compiled.set(key, calendar);
  if (compiled.size > maxCalendars) {
    const oldest = compiled.keys().next().value;
    if (oldest !== undefined) compiled.delete(oldest);
  }
  return calendar;
};
