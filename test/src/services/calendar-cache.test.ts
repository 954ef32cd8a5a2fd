import { newZealandFieldServiceCalendar } from '../../../src/domain/calendar/calendar-presets';
import { calendarFor } from '../../../src/services/calendar-cache';

describe('the calendar kept between invocations', () => {
  const fridayAfternoon = new Date('2026-12-04T03:00:00Z'); // Friday 16:00 in Auckland

  it('counts on the settings it is given, so a changed calendar moves a due date at once', () => {
    const before = calendarFor(newZealandFieldServiceCalendar).addBusinessHours(fridayAfternoon, 2);
    const withMondayOff = calendarFor({
      ...newZealandFieldServiceCalendar,
      extraDaysOff: ['2026-12-07'],
    }).addBusinessHours(fridayAfternoon, 2);

    // One hour on Friday, then one more on Monday, or on Tuesday when Monday is a day off.
    expect(before.toISOString()).toBe('2026-12-06T20:30:00.000Z');
    expect(withMondayOff.toISOString()).toBe('2026-12-07T20:30:00.000Z');
  });

  it('still gives the right answers after many different calendars have come and gone', () => {
    for (let hour = 6; hour < 20; hour += 1) {
      const start = `${String(hour).padStart(2, '0')}:00`;
      const settings = {
        ...newZealandFieldServiceCalendar,
        workingHours: {
          ...newZealandFieldServiceCalendar.workingHours,
          friday: [{ start, end: '21:00' }],
        },
      };
      calendarFor(settings);
    }

    expect(
      calendarFor(newZealandFieldServiceCalendar)
        .addBusinessHours(fridayAfternoon, 2)
        .toISOString(),
    ).toBe('2026-12-06T20:30:00.000Z');
  });
});
