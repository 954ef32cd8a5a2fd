import { formatPromiseDue } from '../../../static/portal/src/format-promise-due';
import { normaliseSpaces } from '../support/panel-queries';

const now = new Date('2026-12-03T21:30:00Z');

// Named .tsx so that the UI project runs it with the components that use it.
describe('formatPromiseDue', () => {
  it.each([
    ['2026-12-08T21:30:00Z', 'en-NZ', 'Pacific/Auckland', 'Wednesday, 9 December, 10:30 am'],
    ['2026-12-08T21:30:00Z', 'en-GB', 'Europe/London', 'Tuesday 8 December, 21:30'],
    ['2027-01-04T19:30:00Z', 'en-AU', 'Australia/Sydney', 'Tuesday 5 January 2027, 6:30 am'],
    ['2027-03-28T00:30:00Z', 'en-GB', 'Europe/London', 'Sunday, 28 March 2027, 00:30'],
    ['2027-03-28T01:30:00Z', 'en-GB', 'Europe/London', 'Sunday, 28 March 2027, 02:30'],
  ])('writes %s for %s in %s as "%s"', (iso, locale, timeZone, expected) => {
    const written = formatPromiseDue(iso, { locales: [locale], timeZone }, now);

    expect(normaliseSpaces(written ?? '')).toBe(expected);
  });

  it('falls back to the browser’s settings for a zone it does not know', () => {
    const written = formatPromiseDue('2026-12-08T21:30:00Z', { timeZone: 'Mars/Base' }, now);

    expect(written).toMatch(/December/);
  });

  it('gives null for text that is not an instant', () => {
    expect(formatPromiseDue('next week', {}, now)).toBeNull();
  });
});
