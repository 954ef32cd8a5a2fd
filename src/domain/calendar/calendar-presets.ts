import type { CalendarSettings } from './calendar-settings-schema';
import type { WorkingHours } from './working-hours-schema';

const weekdaysOnly = (start: string, end: string): WorkingHours => ({
  monday: [{ start, end }],
  tuesday: [{ start, end }],
  wednesday: [{ start, end }],
  thursday: [{ start, end }],
  friday: [{ start, end }],
  saturday: [],
  sunday: [],
});

/** The calendar a desk starts with: Monday to Friday, 09:00 to 17:00 UTC, no public holidays. */
export const defaultCalendarSettings: CalendarSettings = {
  timeZone: 'UTC',
  workingHours: weekdaysOnly('09:00', '17:00'),
  publicHolidays: null,
  extraDaysOff: [],
  extraWorkingDays: [],
  importedHolidays: [],
};

/**
 * The field-service preset's calendar: Pacific/Auckland, Monday to Friday 08:30 to 17:00, with
 * New Zealand's national public holidays (no provincial anniversary day until a region is set).
 */
export const newZealandFieldServiceCalendar: CalendarSettings = {
  timeZone: 'Pacific/Auckland',
  workingHours: weekdaysOnly('08:30', '17:00'),
  publicHolidays: { country: 'NZ' },
  extraDaysOff: [],
  extraWorkingDays: [],
  importedHolidays: [],
};
