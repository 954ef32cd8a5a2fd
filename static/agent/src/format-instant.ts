import { createDateFormat } from '../../shared/create-date-format';

/** Where the viewer reads times: a BCP 47 locale and an IANA time zone, each possibly unknown. */
export interface ViewerClock {
  locale?: string;
  timeZone?: string;
}

/**
 * How much of an instant to write: a short date and time ('1 Mar 2024, 10:30'), or the same led
 * by the weekday ('Fri, 1 Mar 2024, 10:30').
 */
export type InstantStyle = 'short' | 'withWeekday';

const shortStyle: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

const weekdayDate: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};

const shortTime: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/**
 * Formats an ISO instant as a date and time in the viewer's locale and time zone.
 * Returns the input unchanged when it is not a valid instant; uses the browser's own locale or
 * zone in place of one that is missing or that the browser does not know.
 *
 * @example formatInstant('2024-03-01T09:30:00Z', { locale: 'en-GB', timeZone: 'Europe/Paris' })
 * // '1 Mar 2024, 10:30'
 */
export const formatInstant = (
  iso: string,
  clock: ViewerClock,
  style: InstantStyle = 'short',
): string => {
  const instant = parseInstant(iso);
  if (instant === null) {
    return iso;
  }

  if (style === 'short') {
    return createDateFormat(clock.locale, clock.timeZone, shortStyle).format(instant);
  }
  // Intl cannot pair a weekday with the locale's own short time, so the two are joined here.
  const day = createDateFormat(clock.locale, clock.timeZone, weekdayDate).format(instant);
  const time = createDateFormat(clock.locale, clock.timeZone, shortTime).format(instant);
  return `${day}, ${time}`;
};

/**
 * Formats the time of day of an ISO instant in the viewer's locale and time zone; returns the
 * input unchanged when it is not a valid instant.
 *
 * @example formatTimeOfDay('2024-03-01T09:42:00Z', { locale: 'en-GB', timeZone: 'Europe/Paris' })
 * // '10:42'
 */
export const formatTimeOfDay = (iso: string, clock: ViewerClock): string => {
  const instant = parseInstant(iso);
  return instant === null
    ? iso
    : createDateFormat(clock.locale, clock.timeZone, shortTime).format(instant);
};

/**
 * Reads an ISO instant, including Jira's offsets without a colon ('+1300'); null when the text
 * is not an instant.
 *
 * @example parseInstant('2026-12-02T21:00:00+1300')?.toISOString() // '2026-12-02T08:00:00.000Z'
 */
export const parseInstant = (text: string): Date | null => {
  const instant = new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(instant.getTime()) ? null : instant;
};

/**
 * The short name the viewer's locale gives the time zone at an instant ('NZDT', 'GMT+13'); an
 * empty string when the instant is not valid.
 *
 * @example zoneNameAt('2026-12-03T00:00:00Z', { locale: 'en-NZ', timeZone: 'Pacific/Auckland' })
 * // 'NZDT'
 */
export const zoneNameAt = (iso: string, clock: ViewerClock): string => {
  const instant = parseInstant(iso);
  if (instant === null) {
    return '';
  }

  const parts = createDateFormat(clock.locale, clock.timeZone, {
    timeZoneName: 'short',
  }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
};
