// Time zones, daylight saving, public holidays and ICS imports at their edges.
import { newZealandFieldServiceCalendar } from '../../../../src/domain/calendar/calendar-presets';
import { compileCalendar } from '../../../../src/domain/calendar/compile-calendar';
import { parseIcsHolidays } from '../../../../src/domain/calendar/parse-ics-holidays';
import type { WorkingHours } from '../../../../src/domain/calendar/working-hours-schema';
import { at, buildCalendar, iso, weekdayHours } from './build-calendar';

const everyDay = (start: string, end: string): WorkingHours => {
  const day = [{ start, end }];
  return {
    monday: day,
    tuesday: day,
    wednesday: day,
    thursday: day,
    friday: day,
    saturday: day,
    sunday: day,
  };
};

const auckland = compileCalendar(newZealandFieldServiceCalendar);

describe('business time is real elapsed time across daylight saving', () => {
  // A 24/7 desk works 23 hours on the spring-forward day and 25 on the fall-back day: the
  // clock must measure what agents actually had, not wall-clock differences.
  it('London 24/7: the spring-forward Sunday holds 23 business hours', () => {
    const london = buildCalendar({
      timeZone: 'Europe/London',
      workingHours: everyDay('00:00', '24:00'),
    });
    expect(london.businessTimeBetween(at('2026-03-29T00:00:00Z'), at('2026-03-29T23:00:00Z'))).toBe(
      23 * 60,
    );
  });

  it('Auckland 24/7: the fall-back Sunday (5 April 2026) holds 25 business hours', () => {
    const nz = buildCalendar({
      timeZone: 'Pacific/Auckland',
      workingHours: everyDay('00:00', '24:00'),
    });
    // 5 April 2026 00:00 NZDT = 4 April 11:00Z; 6 April 00:00 NZST = 5 April 12:00Z.
    expect(nz.businessTimeBetween(at('2026-04-04T11:00:00Z'), at('2026-04-05T12:00:00Z'))).toBe(
      25 * 60,
    );
  });

  // A night shift block 00:30-02:30 on the London spring-forward day: 01:00-02:00 never exists,
  // so 60 real minutes are worked (00:30-01:00 GMT, 02:00-02:30 BST).
  it('a block inside the London spring-forward gap counts only the minutes that exist', () => {
    const london = buildCalendar({
      timeZone: 'Europe/London',
      workingHours: everyDay('00:30', '02:30'),
    });
    expect(london.businessTimeBetween(at('2026-03-29T00:00:00Z'), at('2026-03-29T03:00:00Z'))).toBe(
      60,
    );
  });

  // The fall-back night 00:30-02:30: 01:00-02:00 happens twice, 180 real minutes.
  it('a block across the London fall-back hour counts the repeated hour', () => {
    const london = buildCalendar({
      timeZone: 'Europe/London',
      workingHours: everyDay('00:30', '02:30'),
    });
    expect(london.businessTimeBetween(at('2026-10-24T23:00:00Z'), at('2026-10-25T03:00:00Z'))).toBe(
      180,
    );
  });

  // Chile moves its clocks at midnight: Sunday 6 September 2026 starts at 01:00 (-03:00).
  it('Santiago: a day whose midnight never exists opens at 01:00 and counts 23 hours', () => {
    const santiago = buildCalendar({
      timeZone: 'America/Santiago',
      workingHours: everyDay('00:00', '24:00'),
    });
    // Saturday 23:30 -04:00 = 03:30Z; nothing closes, so the next opening is the instant itself.
    expect(iso(santiago.nextOpening(at('2026-09-06T03:30:00Z')))).toBe('2026-09-06T03:30:00.000Z');
    // Sunday 01:00 -03:00 (04:00Z) to Monday 00:00 -03:00 (03:00Z Monday) = 23 h.
    expect(
      santiago.businessTimeBetween(at('2026-09-06T04:00:00Z'), at('2026-09-07T03:00:00Z')),
    ).toBe(23 * 60);
  });

  it('Santiago 08:00-17:00: 1 business hour from Saturday evening is Monday 09:00 -03:00', () => {
    const santiago = buildCalendar({
      timeZone: 'America/Santiago',
      workingHours: weekdayHours(['08:00', '17:00']),
    });
    expect(iso(santiago.addBusinessHours(at('2026-09-05T22:00:00Z'), 1))).toBe(
      '2026-09-07T12:00:00.000Z',
    );
  });

  // Lord Howe Island moves by 30 minutes: 5 April 2026 02:00 +11:00 becomes 01:30 +10:30.
  it('Lord Howe: 24/7 the fall-back Sunday holds 24.5 hours', () => {
    const lordHowe = buildCalendar({
      timeZone: 'Australia/Lord_Howe',
      workingHours: everyDay('00:00', '24:00'),
    });
    // Sunday 00:00 +11:00 = Sat 13:00Z; Monday 00:00 +10:30 = Sunday 13:30Z.
    expect(
      lordHowe.businessTimeBetween(at('2026-04-04T13:00:00Z'), at('2026-04-05T13:30:00Z')),
    ).toBe(24 * 60 + 30);
  });

  // C31 the other way round: the start of NZ daylight saving (27 September 2026).
  it('Auckland: Friday 25 Sep 2026 16:00 NZST plus 8 business hours is Monday 28 Sep 15:30 NZDT', () => {
    expect(iso(auckland.addBusinessHours(at('2026-09-25T16:00:00+12:00'), 8))).toBe(
      iso(at('2026-09-28T15:30:00+13:00')),
    );
  });

  it('Chatham Islands (+13:45): 09:00-17:00, 1 business hour from 16:30 is 09:30 the next day', () => {
    const chatham = buildCalendar({ timeZone: 'Pacific/Chatham' });
    expect(iso(chatham.addBusinessHours(at('2026-12-02T16:30:00+13:45'), 1))).toBe(
      iso(at('2026-12-03T09:30:00+13:45')),
    );
  });

  // Egypt moves its clocks at midnight on a Friday (24 April 2026): a business day later from
  // Thursday 00:30 must land on Friday, never back on Thursday, and not throw.
  it('Cairo: one business day from Thursday 00:30 lands on Friday', () => {
    const cairo = buildCalendar({
      timeZone: 'Africa/Cairo',
      workingHours: everyDay('00:00', '24:00'),
    });
    const due = cairo.addBusinessDays(at('2026-04-22T22:30:00Z'), 1);
    expect(due.getTime()).toBeGreaterThanOrEqual(at('2026-04-23T21:00:00Z').getTime());
    expect(due.getTime()).toBeLessThan(at('2026-04-24T22:00:00Z').getTime());
  });
});

describe('New Zealand public holidays and substitute days (C16 kind)', () => {
  it.each([
    ['ANZAC Day substitute, Monday 27 April 2026', '2026-04-27T10:00:00+12:00'],
    ['Matariki, Friday 10 July 2026', '2026-07-10T10:00:00+12:00'],
    ['Boxing Day substitute, Monday 28 December 2026', '2026-12-28T10:00:00+13:00'],
    ['Waitangi Day substitute, Monday 8 February 2027', '2027-02-08T10:00:00+13:00'],
    ['Day after New Year substitute, Monday 4 January 2027', '2027-01-04T10:00:00+13:00'],
    ['Christmas substitute, Monday 27 December 2027', '2027-12-27T10:00:00+13:00'],
  ])('is closed for a holiday on %s', (_label, instant) => {
    expect(auckland.closureAt(at(instant))).toMatchObject({ reason: 'holiday' });
  });

  // 5 business days from Thursday 23 December 2027: Fri 24, (25-28 off: Christmas, Boxing Day
  // and both substitutes), Wed 29, Thu 30, Fri 31, (1-4 January off), Wed 5 January 2028.
  it('dispatch: 5 business days from Thursday 23 December 2027 is Wednesday 5 January 2028', () => {
    expect(iso(auckland.addBusinessDays(at('2027-12-23T10:00:00+13:00'), 5))).toBe(
      iso(at('2028-01-05T10:00:00+13:00')),
    );
  });

  it('Auckland region: the anniversary day (Monday 26 January 2026) is a day off', () => {
    const auk = compileCalendar({
      ...newZealandFieldServiceCalendar,
      publicHolidays: { country: 'NZ', region: 'AUK' },
    });
    expect(auk.closureAt(at('2026-01-26T10:00:00+13:00'))).toMatchObject({ reason: 'holiday' });
  });

  // An extra working day wins over a public holiday (the admin opens the desk on Waitangi Day).
  it('an extra working day on a public holiday is worked', () => {
    const open = compileCalendar({
      ...newZealandFieldServiceCalendar,
      extraWorkingDays: ['2026-02-06'],
    });
    expect(open.isWorkingTime(at('2026-02-06T10:00:00+13:00'))).toBe(true);
  });

  // An extra working day on a Saturday is worked in the week's usual hours.
  it('an extra working Saturday is worked 08:30-17:00', () => {
    const open = compileCalendar({
      ...newZealandFieldServiceCalendar,
      extraWorkingDays: ['2026-12-05'],
    });
    expect(open.isWorkingTime(at('2026-12-05T10:00:00+13:00'))).toBe(true);
  });

  // The listed holidays for the admin: the next twelve months, Mondayised days included.
  it('lists the substitute days among the next twelve months of holidays', () => {
    const dates = auckland
      .listHolidays(at('2026-12-01T00:00:00+13:00'))
      .filter((h) => h.isDayOff)
      .map((h) => h.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        '2026-12-25',
        '2026-12-28',
        '2027-01-01',
        '2027-01-04',
        '2027-02-08',
      ]),
    );
  });
});

describe('holidays imported from an ICS file', () => {
  // Google and Outlook export national holidays as all-day events, sometimes spanning days.
  it('takes every day of a two-day all-day event', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//x//y//EN',
      'BEGIN:VEVENT',
      'UID:a@x',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20261224',
      'DTEND;VALUE=DATE:20261226',
      'SUMMARY:Christmas shutdown',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = parseIcsHolidays(ics);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.holidays.map((h) => h.date)).toEqual(['2026-12-24', '2026-12-25']);
  });

  it('keeps an event whose summary has emoji and accents, and folded lines', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//x//y//EN',
      'BEGIN:VEVENT',
      'UID:b@x',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260714',
      'SUMMARY:Fête nationale 🇫🇷 — jour fé',
      ' rié',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = parseIcsHolidays(ics);
    expect(result).toMatchObject({
      ok: true,
      holidays: [{ date: '2026-07-14', name: 'Fête nationale 🇫🇷 — jour férié' }],
    });
  });

  it('reads a yearly recurring event with an exception date', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//x//y//EN',
      'BEGIN:VEVENT',
      'UID:c@x',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260301',
      'RRULE:FREQ=YEARLY;COUNT=3',
      'EXDATE;VALUE=DATE:20270301',
      'SUMMARY:Founders day',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = parseIcsHolidays(ics);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.holidays.map((h) => h.date)).toEqual(['2026-03-01', '2028-03-01']);
  });
});
