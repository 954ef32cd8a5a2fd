import {
  parseDayKey,
  toCivilDate,
  toDayKey,
  toDayNumber,
  weekdayOf,
} from '../../../../src/domain/calendar/civil-day';
import { formatTimeOfDay, parseTimeOfDay } from '../../../../src/domain/calendar/time-of-day';

describe('civil days', () => {
  it.each([
    ['2026-01-01', 4],
    ['2024-02-29', 4],
    ['1969-12-31', 3],
  ])('reads %s as a day whose weekday is %d', (key, weekday) => {
    const day = parseDayKey(key);

    expect(day === null ? null : [toDayKey(day), weekdayOf(day)]).toEqual([key, weekday]);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['26-01-01'], ['2026-1-1']])('refuses %p', (key) => {
    expect(parseDayKey(key)).toBeNull();
  });

  it('rolls months over', () => {
    expect(toCivilDate(toDayNumber(2026, 14, 1))).toEqual({ year: 2027, month: 2, day: 1 });
  });
});

describe('times of day', () => {
  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:30', null],
    ['8:30', null],
  ])('reads %p as %p minutes', (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });

  it('formats minutes back', () => {
    expect(formatTimeOfDay(510)).toBe('08:30');
  });
});
