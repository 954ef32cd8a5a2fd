import { addWorkingDays } from './add-working-days';
import type { BusinessCalendar, CalendarHoliday } from './business-calendar';
import type { CalendarSettings } from './calendar-settings-schema';
import { toCivilDate, toDayKey, toDayNumber } from './civil-day';
import { createDaySchedule } from './day-schedule';
import { addWorkingTime, isWorkingAt, measureWorkingTime } from './walk-working-time';
import { wallClockOf, wallClockToInstant } from './wall-clock';

const MS_PER_MINUTE = 60_000;

const instantOf = (date: Date, name: string): number => {
  const instant = date.getTime();
  if (Number.isNaN(instant)) throw new RangeError(`${name} is not a valid date.`);

  return instant;
};

const amountOf = (value: number, name: string, isWhole: boolean): number => {
  if (!Number.isFinite(value) || value < 0 || (isWhole && !Number.isInteger(value))) {
    const kind = isWhole ? 'a whole number' : 'a number';
    throw new RangeError(`${name} must be ${kind} of zero or more, not ${value}.`);
  }

  return value;
};

/**
 * Compiles settings (already checked with `checkCalendarSettings`) into a business calendar.
 * Public holidays are fetched once per year and each day's blocks once per day, inside the
 * returned object, so compile once per invocation and reuse it.
 * @example compileCalendar(defaultCalendarSettings).addBusinessHours(new Date('2026-01-02T16:00Z'), 2)
 *   // 2026-01-05T10:00:00.000Z (Friday 16:00 plus 2 business hours is Monday 10:00)
 */
export const compileCalendar = (settings: CalendarSettings): BusinessCalendar => {
  const schedule = createDaySchedule(settings);
  const { timeZone } = settings;

  const addBusinessMinutes = (instant: Date, minutes: number): Date => {
    const amount = Math.round(amountOf(minutes, 'Business minutes', false) * MS_PER_MINUTE);
    return new Date(addWorkingTime(schedule, instantOf(instant, 'The start'), amount));
  };

  const listHolidays = (from: Date, months = 12): CalendarHoliday[] => {
    const first = schedule.dayOf(instantOf(from, 'The start'));
    const { year, month, day } = toCivilDate(first);
    const end = toDayNumber(year, month + amountOf(months, 'Months', true), day);
    const holidays: CalendarHoliday[] = [];

    for (let current = first; current < end; current += 1) {
      const dayOff = schedule.holidayOn(current);
      if (dayOff === null) continue;

      const isDayOff = schedule.isClosedForHoliday(current);
      holidays.push({ date: toDayKey(current), ...dayOff, isDayOff });
    }

    return holidays;
  };

  return {
    timeZone,
    isWorkingTime: (instant) => isWorkingAt(schedule, instantOf(instant, 'The instant')),
    closureAt: (instant) => {
      const at = instantOf(instant, 'The instant');
      if (isWorkingAt(schedule, at)) return null;

      const day = schedule.dayOf(at);
      if (!schedule.isClosedForHoliday(day)) {
        return { reason: 'outside-working-hours', holidayName: null };
      }

      return { reason: 'holiday', holidayName: schedule.holidayOn(day)?.name ?? null };
    },
    nextOpening: (instant) =>
      new Date(addWorkingTime(schedule, instantOf(instant, 'The instant'), 0)),
    addBusinessMinutes,
    addBusinessHours: (instant, hours) =>
      addBusinessMinutes(instant, amountOf(hours, 'Business hours', false) * 60),
    addBusinessDays: (instant, days) =>
      new Date(
        addWorkingDays(
          schedule,
          instantOf(instant, 'The start'),
          amountOf(days, 'Business days', true),
        ),
      ),
    addCalendarDays: (instant, days) => {
      const at = instantOf(instant, 'The start');
      const target = schedule.dayOf(at) + amountOf(days, 'Calendar days', true);

      return new Date(wallClockToInstant(target, wallClockOf(at, timeZone).time, timeZone));
    },
    businessTimeBetween: (from, to) =>
      measureWorkingTime(schedule, instantOf(from, 'The start'), instantOf(to, 'The end')) /
      MS_PER_MINUTE,
    listHolidays,
  };
};
