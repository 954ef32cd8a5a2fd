import { createDateFormat } from './create-date-format';

/** How much of a date to write: 'Thu, 3 Dec 2026' or 'Thursday 3 December 2026'. */
export type CivilDateStyle = 'short' | 'long';

const styles: Record<CivilDateStyle, Intl.DateTimeFormatOptions> = {
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

/**
 * Writes a calendar date (YYYY-MM-DD, no time and no zone) in a locale; the date is the same
 * wherever the reader is. Returns the text unchanged when it is not such a date, and uses the
 * browser's locale when the one given is missing or unknown.
 *
 * @example formatCivilDate('2026-12-03', 'en-GB') // 'Thu, 3 Dec 2026'
 * @example formatCivilDate('2026-12-03', 'en-US', 'long') // 'Thursday, December 3, 2026'
 */
export const formatCivilDate = (
  text: string,
  locale: string | readonly string[] | undefined,
  style: CivilDateStyle = 'short',
): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) {
    return text;
  }

  // Noon UTC written in UTC: the day never shifts, whatever the browser's zone.
  const [, year, month, day] = match.map(Number);
  const instant = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, 12));
  return createDateFormat(locale, 'UTC', styles[style]).format(instant);
};

/**
 * Today's date in a time zone as YYYY-MM-DD, the way agents enter dates.
 *
 * @example todayIn('Pacific/Auckland', new Date('2026-12-03T21:30:00Z')) // '2026-12-04'
 */
export const todayIn = (timeZone: string, now: Date = new Date()): string => {
  const parts = createDateFormat('en-GB', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';

  return `${part('year')}-${part('month')}-${part('day')}`;
};
