import { formatCivilDate, todayIn } from '../../../static/shared/format-civil-date';

// Named .tsx so that the UI project runs it with the components that use it.
describe('formatCivilDate', () => {
  it.each([
    ['2026-12-03', 'en-GB', 'short', 'Thu, 3 Dec 2026'],
    ['2026-12-03', 'en-US', 'long', 'Thursday, December 3, 2026'],
    ['2026-12-03', 'en_NZ', 'long', 'Thursday, 3 December 2026'],
    ['2026-01-01', 'de-DE', 'short', 'Do., 1. Jan. 2026'],
  ] as const)('writes %s in %s, %s, as %s', (date, locale, style, expected) => {
    expect(formatCivilDate(date, locale, style)).toBe(expected);
  });

  it('keeps the day whatever the reader’s zone, since a date has none', () => {
    expect(formatCivilDate('2026-12-31', ['en-GB'])).toBe('Thu, 31 Dec 2026');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatCivilDate('soon', 'en-GB')).toBe('soon');
  });
});

describe('todayIn', () => {
  it.each([
    ['Pacific/Auckland', '2026-12-04'],
    ['Europe/London', '2026-12-03'],
    ['America/Los_Angeles', '2026-12-03'],
  ])('gives the date in %s as %s', (timeZone, expected) => {
    expect(todayIn(timeZone, new Date('2026-12-03T21:30:00Z'))).toBe(expected);
  });
});
