import { newZealandFieldServiceCalendar } from '../../../../src/domain/calendar/calendar-presets';
import { at, buildCalendar, iso } from './build-calendar';

const newZealand = (overrides = {}) =>
  buildCalendar({ ...newZealandFieldServiceCalendar, ...overrides });

describe('New Zealand public holidays', () => {
  const calendar = newZealand();

  it.each([
    ['Waitangi Day', '2026-02-06T10:00:00+13:00'],
    ['ANZAC Day (substitute day)', '2026-04-27T10:00:00+12:00'],
    ['Matariki', '2026-07-10T10:00:00+12:00'],
  ])('closes for %s', (name, instant) => {
    expect(calendar.closureAt(at(instant))).toEqual({ reason: 'holiday', holidayName: name });
  });

  it('moves Anzac Day on a Saturday (25 April 2026) to the Monday', () => {
    expect(iso(calendar.nextOpening(at('2026-04-24T18:00:00+12:00')))).toBe(
      iso(at('2026-04-28T08:30:00+12:00')),
    );
  });

  it('lists the next twelve months of holidays with their names, weekends marked as not off', () => {
    const holidays = calendar.listHolidays(at('2026-01-01T00:00:00+13:00'));

    expect(holidays.map(({ date, name }) => `${date} ${name}`)).toEqual([
      "2026-01-01 New Year's Day",
      "2026-01-02 Day after New Year's Day",
      '2026-02-06 Waitangi Day',
      '2026-04-03 Good Friday',
      '2026-04-06 Easter Monday',
      '2026-04-25 ANZAC Day',
      '2026-04-27 ANZAC Day (substitute day)',
      "2026-06-01 King's Birthday",
      '2026-07-10 Matariki',
      '2026-10-26 Labour Day',
      '2026-12-25 Christmas Day',
      '2026-12-26 Boxing Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
    expect(holidays.find(({ date }) => date === '2026-04-25')?.isDayOff).toBe(false);
    expect(holidays.every(({ source }) => source === 'public-holiday')).toBe(true);
  });

  it('adds the provincial anniversary day of a region (Auckland, 26 January 2026)', () => {
    const auckland = newZealand({ publicHolidays: { country: 'NZ', region: 'AUK' } });
    const monday = at('2026-01-26T10:00:00+13:00');

    expect(calendar.isWorkingTime(monday)).toBe(true);
    expect(auckland.closureAt(monday)).toEqual({
      reason: 'holiday',
      holidayName: 'Provincial anniversary day',
    });
  });
});

describe('the desk’s own days', () => {
  it('takes an extra day off, named as such in the list', () => {
    const calendar = buildCalendar({ extraDaysOff: ['2026-03-04'] });

    expect(calendar.isWorkingTime(at('2026-03-04T10:00:00Z'))).toBe(false);
    expect(calendar.listHolidays(at('2026-03-01T00:00:00Z'), 1)).toEqual([
      { date: '2026-03-04', name: 'Day off', source: 'extra-day-off', isDayOff: true },
    ]);
  });

  it('works an extra working day on a Saturday with Monday’s blocks', () => {
    const calendar = buildCalendar({ extraWorkingDays: ['2026-03-07'] });

    expect(calendar.isWorkingTime(at('2026-03-07T09:30:00Z'))).toBe(true);
    expect(iso(calendar.addBusinessHours(at('2026-03-06T16:00:00Z'), 2))).toBe(
      '2026-03-07T10:00:00.000Z',
    );
  });

  it('works a public holiday listed as an extra working day', () => {
    const calendar = newZealand({ extraWorkingDays: ['2026-02-06'] });

    expect(calendar.isWorkingTime(at('2026-02-06T10:00:00+13:00'))).toBe(true);
    expect(calendar.listHolidays(at('2026-02-01T00:00:00+13:00'), 1)).toEqual([
      { date: '2026-02-06', name: 'Waitangi Day', source: 'public-holiday', isDayOff: false },
    ]);
  });

  it('closes on imported holidays under their own names', () => {
    const calendar = buildCalendar({
      importedHolidays: [{ date: '2026-03-05', name: 'Company day' }],
    });

    expect(calendar.closureAt(at('2026-03-05T10:00:00Z'))).toEqual({
      reason: 'holiday',
      holidayName: 'Company day',
    });
  });

  it('gives outside working hours, not holiday, for a holiday falling on a Saturday', () => {
    const calendar = newZealand();

    expect(calendar.closureAt(at('2026-04-25T10:00:00+12:00'))).toEqual({
      reason: 'outside-working-hours',
      holidayName: null,
    });
  });
});
