import { formatInstant } from '../../../static/agent/src/format-instant';

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

  it('returns the input unchanged when it is not an instant', () => {
    expect(formatInstant('yesterday', { locale: 'en-GB' })).toBe('yesterday');
  });
});

// ICU puts a narrow no-break space before AM/PM in some locales.
const normaliseSpaces = (text: string): string => text.replace(/\s/g, ' ');
