import { formatInstant, parseInstant } from '../../../static/agent/src/format-instant';

// Named .tsx so that the UI project, which replaces the bridge, runs it.
describe('formatInstant', () => {
  it.each([
    ['2024-03-01T09:30:00Z', 'en-GB', 'Europe/London', '1 Mar 2024, 09:30'],
    ['2024-03-01T09:30:00Z', 'en-GB', 'Europe/Paris', '1 Mar 2024, 10:30'],
    ['2024-07-01T09:30:00Z', 'en-GB', 'Europe/London', '1 Jul 2024, 10:30'],
    ['2024-03-01T23:30:00Z', 'en-GB', 'Australia/Sydney', '2 Mar 2024, 10:30'],
    ['2024-03-01T09:30:00Z', 'de-DE', 'Europe/Berlin', '01.03.2024, 10:30'],
  ])('formats %s in %s, %s, as %s', (iso, locale, timeZone, expected) => {
    expect(normaliseSpaces(formatInstant(iso, { locale, timeZone }))).toBe(expected);
  });

  it('accepts a locale written with an underscore', () => {
    const formatted = formatInstant('2024-03-01T09:30:00Z', {
      locale: 'en_GB',
      timeZone: 'Europe/London',
    });

    expect(formatted).toBe('1 Mar 2024, 09:30');
  });

  it('falls back to the browser settings for a time zone it does not know', () => {
    const formatted = formatInstant('2024-03-01T09:30:00Z', {
      locale: 'en-GB',
      timeZone: 'Mars/Olympus_Mons',
    });

    expect(formatted).toMatch(/2024/);
  });

  it.each([
    ['2026-12-02T21:30:00Z', 'en-NZ', 'Pacific/Auckland', 'Thu, 3 Dec 2026, 10:30 am'],
    ['2026-12-02T21:30:00Z', 'en-GB', 'Europe/London', 'Wed, 2 Dec 2026, 21:30'],
    ['2026-12-02T08:30:00Z', 'en-US', 'America/New_York', 'Wed, Dec 2, 2026, 3:30 AM'],
  ])('leads %s in %s, %s, with the weekday: %s', (iso, locale, timeZone, expected) => {
    const formatted = formatInstant(iso, { locale, timeZone }, 'withWeekday');

    expect(normaliseSpaces(formatted)).toBe(expected);
  });

  it("reads Jira's offsets written without a colon", () => {
    expect(parseInstant('2026-12-02T21:00:00+1300')?.toISOString()).toBe(
      '2026-12-02T08:00:00.000Z',
    );
  });

  it('returns the input unchanged when it is not an instant', () => {
    expect(formatInstant('yesterday', { locale: 'en-GB' })).toBe('yesterday');
  });
});

// ICU puts a narrow no-break space before AM/PM in some locales.
const normaliseSpaces = (text: string): string => text.replace(/\s/g, ' ');
