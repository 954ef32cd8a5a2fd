import type { BusinessCalendar } from '../../../../src/domain/calendar/business-calendar';
import { defaultCalendarSettings } from '../../../../src/domain/calendar/calendar-presets';
import type { CalendarSettings } from '../../../../src/domain/calendar/calendar-settings-schema';
import { compileCalendar } from '../../../../src/domain/calendar/compile-calendar';
import type { WorkingHours } from '../../../../src/domain/calendar/working-hours-schema';

/** Working hours with the same blocks Monday to Friday and the weekend off. */
export const weekdayHours = (...blocks: [start: string, end: string][]): WorkingHours => {
  const day = blocks.map(([start, end]) => ({ start, end }));

  return {
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: [],
    sunday: [],
  };
};

/** Calendar settings: Monday to Friday 09:00 to 17:00 UTC, no holidays, unless overridden. */
export const buildCalendarSettings = (
  overrides: Partial<CalendarSettings> = {},
): CalendarSettings => ({
  ...defaultCalendarSettings,
  ...overrides,
});

/** A compiled calendar from `buildCalendarSettings`. */
export const buildCalendar = (overrides: Partial<CalendarSettings> = {}): BusinessCalendar =>
  compileCalendar(buildCalendarSettings(overrides));

/** An instant from an ISO 8601 text with its offset. */
export const at = (iso: string): Date => new Date(iso);

/** The UTC ISO text of an instant, for readable assertions. */
export const iso = (instant: Date): string => instant.toISOString();
