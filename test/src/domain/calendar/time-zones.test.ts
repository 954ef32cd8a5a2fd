import { at, buildCalendar, iso, weekdayHours } from './build-calendar';

// The same local working week in two zones on opposite sides of the world must give the same
// local answers; read as UTC instants they differ only by each zone's offset on that day.
describe('one working week in two calendar zones', () => {
  const hours = weekdayHours(['08:30', '12:00'], ['13:00', '17:00']);

  it.each([
    [
      'Pacific/Auckland',
      '2026-03-06T15:00:00+13:00',
      '2026-03-09T15:30:00+13:00',
      '2026-03-13T15:00:00+13:00',
    ],
    [
      'America/New_York',
      '2026-03-06T15:00:00-05:00',
      '2026-03-09T15:30:00-04:00',
      '2026-03-13T15:00:00-04:00',
    ],
  ])(
    'in %s, from Friday 15:00 local: 8 business hours end Monday 15:30 local, 5 days Friday 15:00',
    (timeZone, from, afterHours, afterDays) => {
      const calendar = buildCalendar({ timeZone, workingHours: hours });

      expect(iso(calendar.addBusinessHours(at(from), 8))).toBe(iso(at(afterHours)));
      expect(iso(calendar.addBusinessDays(at(from), 5))).toBe(iso(at(afterDays)));
      expect(calendar.businessTimeBetween(at(from), at(afterHours))).toBe(480);
    },
  );
});
