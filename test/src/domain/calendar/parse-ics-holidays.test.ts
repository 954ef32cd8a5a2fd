import { parseIcsHolidays } from '../../../../src/domain/calendar/parse-ics-holidays';

const calendarOf = (...events: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Status Guide//Test//EN', ...events, 'END:VCALENDAR']
    .join('\r\n')
    .concat('\r\n');

const event = (...lines: string[]): string =>
  ['BEGIN:VEVENT', `UID:${lines.join('').length}@test`, ...lines, 'END:VEVENT'].join('\r\n');

describe('parseIcsHolidays', () => {
  it('reads a one-day all-day event and each day of a multi-day one', () => {
    const text = calendarOf(
      event('DTSTART;VALUE=DATE:20260206', 'SUMMARY:Waitangi Day'),
      event('DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Christmas break'),
    );

    expect(parseIcsHolidays(text)).toEqual({
      ok: true,
      holidays: [
        { date: '2026-02-06', name: 'Waitangi Day' },
        { date: '2026-12-24', name: 'Christmas break' },
        { date: '2026-12-25', name: 'Christmas break' },
        { date: '2026-12-26', name: 'Christmas break' },
      ],
      skippedTimedEvents: 0,
    });
  });

  it('counts timed events without keeping them, and drops cancelled ones', () => {
    const text = calendarOf(
      event('DTSTART:20260206T100000Z', 'DTEND:20260206T110000Z', 'SUMMARY:Meeting'),
      event('DTSTART;VALUE=DATE:20260301', 'STATUS:CANCELLED', 'SUMMARY:Not any more'),
    );

    expect(parseIcsHolidays(text)).toEqual({ ok: true, holidays: [], skippedTimedEvents: 1 });
  });

  it('expands a yearly event up to the year asked for', () => {
    const text = calendarOf(
      event('DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY', 'SUMMARY:New Year'),
    );

    const result = parseIcsHolidays(text, { untilYear: 2028 });

    expect(result.ok && result.holidays.map(({ date }) => date)).toEqual([
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
    ]);
  });

  it('names an event without a summary "Imported holiday"', () => {
    const result = parseIcsHolidays(calendarOf(event('DTSTART;VALUE=DATE:20260301')));

    expect(result.ok && result.holidays).toEqual([
      { date: '2026-03-01', name: 'Imported holiday' },
    ]);
  });

  it.each([
    ['plain text', 'hello', /^The ICS file could not be read: invalid line/],
    ['an empty file', '', /^The ICS file could not be read: there is no calendar/],
    [
      'a date that is not one',
      calendarOf(event('DTSTART;VALUE=DATE:2026XX01', 'SUMMARY:Broken')),
      /^The ICS file could not be read: /,
    ],
  ])('refuses %s with a message instead of throwing', (_label, text, message) => {
    const result = parseIcsHolidays(text);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
