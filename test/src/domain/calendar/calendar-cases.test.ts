import { newZealandFieldServiceCalendar } from '../../../../src/domain/calendar/calendar-presets';
import { compileCalendar } from '../../../../src/domain/calendar/compile-calendar';
import { at, buildCalendar, iso, weekdayHours } from './build-calendar';

describe('the calendar cases from the field', () => {
  const london = buildCalendar({ timeZone: 'Europe/London' });
  const chicago = buildCalendar({
    timeZone: 'America/Chicago',
    workingHours: weekdayHours(['08:00', '17:00']),
  });
  const auckland = compileCalendar(newZealandFieldServiceCalendar);

  it('C10: at 18:30 on a working day in London the calendar is closed and reopens at 09:00', () => {
    const evening = at('2026-03-26T18:30:00Z');

    expect(london.closureAt(evening)).toEqual({
      reason: 'outside-working-hours',
      holidayName: null,
    });
    expect(iso(london.nextOpening(evening))).toBe('2026-03-27T09:00:00.000Z');
  });

  it('C10: at 18:30 on a Friday it reopens at 09:00 on Monday, after the clocks went forward', () => {
    expect(iso(london.nextOpening(at('2026-03-27T18:30:00Z')))).toBe('2026-03-30T08:00:00.000Z');
  });

  it('C12: Friday 27 March 2026 15:00 GMT plus 8 business hours is Monday 30 March 15:00 BST', () => {
    expect(iso(london.addBusinessHours(at('2026-03-27T15:00:00Z'), 8))).toBe(
      '2026-03-30T14:00:00.000Z',
    );
  });

  it.each([
    ['15 July 2026 13:30 UTC (08:30 CDT)', '2026-07-15T13:30:00Z', '2026-07-15T14:30:00.000Z'],
    ['15 January 2026 14:30 UTC (08:30 CST)', '2026-01-15T14:30:00Z', '2026-01-15T15:30:00.000Z'],
  ])('C14: in Chicago, 1 business hour from %s is due at %s', (_label, created, due) => {
    expect(iso(chicago.addBusinessHours(at(created), 1))).toBe(due);
  });

  it.each([
    [
      'New Zealand public holidays',
      auckland,
      '2025-12-18T10:00:00+13:00',
      '2025-12-29T10:00+13:00',
    ],
    [
      'extra days off on 25 and 26 December',
      buildCalendar({ extraDaysOff: ['2025-12-25', '2025-12-26'] }),
      '2025-12-18T10:00:00Z',
      '2025-12-29T10:00Z',
    ],
  ])(
    'C16: 5 business days from Thursday 18 December 2025 with %s is Monday 29 December',
    (_label, calendar, from, due) => {
      expect(iso(calendar.addBusinessDays(at(from), 5))).toBe(iso(at(due)));
    },
  );

  it('C20: adding Friday 1 May 2026 as a holiday moves a due time from 1 May 12:00 to 4 May 12:00', () => {
    const created = at('2026-04-30T12:00:00Z');
    const before = buildCalendar();
    const after = buildCalendar({ extraDaysOff: ['2026-05-01'] });

    expect(iso(before.addBusinessHours(created, 8))).toBe('2026-05-01T12:00:00.000Z');
    expect(iso(after.addBusinessHours(created, 8))).toBe('2026-05-04T12:00:00.000Z');
  });

  it('C31: Friday 4 April 2025 16:00 NZDT plus 8 business hours is Monday 7 April 15:30 NZST', () => {
    expect(iso(auckland.addBusinessHours(at('2025-04-04T16:00:00+13:00'), 8))).toBe(
      iso(at('2025-04-07T15:30:00+12:00')),
    );
  });
});
