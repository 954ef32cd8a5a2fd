import { CalendarNeverOpensError } from '../../../../src/domain/calendar/walk-working-time';
import { at, buildCalendar, iso, weekdayHours } from './build-calendar';

// Monday 2 March 2026 to Sunday 8 March 2026, in UTC: no daylight saving to think about here.
const nineToFive = buildCalendar();
const withLunch = buildCalendar({
  workingHours: weekdayHours(['08:30', '12:00'], ['13:00', '17:00']),
});

describe('isWorkingTime', () => {
  it.each([
    ['2026-03-02T09:00:00Z', true],
    ['2026-03-02T16:59:59Z', true],
    ['2026-03-02T17:00:00Z', false],
    ['2026-03-02T08:59:59Z', false],
    ['2026-03-07T10:00:00Z', false],
  ])('says %s is working time: %p', (instant, expected) => {
    expect(nineToFive.isWorkingTime(at(instant))).toBe(expected);
  });

  it('treats a lunch break as closed', () => {
    expect(withLunch.isWorkingTime(at('2026-03-02T12:30:00Z'))).toBe(false);
  });
});

describe('nextOpening', () => {
  it.each([
    ['inside a block, the instant itself', '2026-03-02T10:15:00Z', '2026-03-02T10:15:00.000Z'],
    ['before opening, the same morning', '2026-03-02T07:00:00Z', '2026-03-02T09:00:00.000Z'],
    ['at closing, the next morning', '2026-03-02T17:00:00Z', '2026-03-03T09:00:00.000Z'],
    ['on Saturday, Monday morning', '2026-03-07T10:00:00Z', '2026-03-09T09:00:00.000Z'],
  ])('gives %s: from %s to %s', (_label, from, expected) => {
    expect(iso(nineToFive.nextOpening(at(from)))).toBe(expected);
  });

  it('gives the end of a lunch break during it', () => {
    expect(iso(withLunch.nextOpening(at('2026-03-02T12:10:00Z')))).toBe('2026-03-02T13:00:00.000Z');
  });
});

describe('addBusinessMinutes and addBusinessHours', () => {
  it.each([
    ['2026-03-02T10:00:00Z', 60, '2026-03-02T11:00:00.000Z'],
    ['2026-03-02T16:00:00Z', 60, '2026-03-02T17:00:00.000Z'],
    ['2026-03-02T16:00:00Z', 61, '2026-03-03T09:01:00.000Z'],
    ['2026-03-06T16:00:00Z', 120, '2026-03-09T10:00:00.000Z'],
    ['2026-03-07T12:00:00Z', 0, '2026-03-09T09:00:00.000Z'],
    ['2026-03-02T09:00:00Z', 480, '2026-03-02T17:00:00.000Z'],
  ])('from %s plus %d business minutes gives %s', (from, minutes, expected) => {
    expect(iso(nineToFive.addBusinessMinutes(at(from), minutes))).toBe(expected);
  });

  it('skips the lunch break: 11:00 plus 2 business hours is 14:00', () => {
    expect(iso(withLunch.addBusinessHours(at('2026-03-02T11:00:00Z'), 2))).toBe(
      '2026-03-02T14:00:00.000Z',
    );
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %p minutes', (minutes) => {
    expect(() => nineToFive.addBusinessMinutes(at('2026-03-02T10:00:00Z'), minutes)).toThrow(
      RangeError,
    );
  });

  it('refuses an invalid date', () => {
    expect(() => nineToFive.addBusinessHours(new Date('nope'), 1)).toThrow('not a valid date');
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['Monday 10:00 plus 1 is Tuesday 10:00', '2026-03-02T10:00:00Z', 1, '2026-03-03T10:00:00.000Z'],
    ['Friday 10:00 plus 1 is Monday 10:00', '2026-03-06T10:00:00Z', 1, '2026-03-09T10:00:00.000Z'],
    ['Monday 10:00 plus 0 is itself', '2026-03-02T10:00:00Z', 0, '2026-03-02T10:00:00.000Z'],
    [
      'Monday 18:00 plus 1 counts from Tuesday 09:00',
      '2026-03-02T18:00:00Z',
      1,
      '2026-03-04T09:00:00.000Z',
    ],
    [
      'Saturday plus 5 counts from Monday 09:00',
      '2026-03-07T12:00:00Z',
      5,
      '2026-03-16T09:00:00.000Z',
    ],
  ])('%s', (_label, from, days, expected) => {
    expect(iso(nineToFive.addBusinessDays(at(from), days))).toBe(expected);
  });

  it('clamps to the close of a shorter day: Thursday 15:00 plus 1 is Friday 13:00', () => {
    const shortFriday = buildCalendar({
      workingHours: {
        ...weekdayHours(['09:00', '17:00']),
        friday: [{ start: '09:00', end: '13:00' }],
      },
    });

    expect(iso(shortFriday.addBusinessDays(at('2026-03-05T15:00:00Z'), 1))).toBe(
      '2026-03-06T13:00:00.000Z',
    );
  });

  it('refuses a fraction of a day', () => {
    expect(() => nineToFive.addBusinessDays(at('2026-03-02T10:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('businessTimeBetween', () => {
  it.each([
    ['within a day', '2026-03-02T10:00:00Z', '2026-03-02T12:30:00Z', 150],
    ['over a night', '2026-03-02T16:00:00Z', '2026-03-03T10:00:00Z', 120],
    ['over a weekend', '2026-03-06T16:00:00Z', '2026-03-09T10:00:00Z', 120],
    ['a whole working week', '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z', 2400],
    ['backwards', '2026-03-03T10:00:00Z', '2026-03-02T10:00:00Z', 0],
  ])('counts %s: from %s to %s is %d minutes', (_label, from, to, minutes) => {
    expect(nineToFive.businessTimeBetween(at(from), at(to))).toBe(minutes);
  });

  it('leaves out a lunch break', () => {
    expect(
      withLunch.businessTimeBetween(at('2026-03-02T11:00:00Z'), at('2026-03-02T14:00:00Z')),
    ).toBe(120);
  });
});

describe('addCalendarDays', () => {
  it('keeps the wall-clock time across a change of daylight saving', () => {
    const london = buildCalendar({ timeZone: 'Europe/London' });

    expect(iso(london.addCalendarDays(at('2026-03-26T10:00:00Z'), 7))).toBe(
      '2026-04-02T09:00:00.000Z',
    );
  });
});

describe('a calendar that never opens', () => {
  it('throws instead of walking for ever', () => {
    const closed = buildCalendar({
      workingHours: { ...weekdayHours(), monday: [{ start: '09:00', end: '17:00' }] },
      extraDaysOff: Array.from({ length: 200 }, (_unused, week) =>
        new Date(Date.UTC(2026, 2, 2 + week * 7)).toISOString().slice(0, 10),
      ),
    });

    expect(() => closed.nextOpening(at('2026-03-01T00:00:00Z'))).toThrow(CalendarNeverOpensError);
  });
});
