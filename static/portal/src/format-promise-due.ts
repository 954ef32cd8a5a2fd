import { createDateFormat } from '../../shared/create-date-format';

/** Where the reader is: their preferred locales and time zone; the browser's when omitted. */
export interface ReaderClock {
  locales?: readonly string[] | undefined;
  timeZone?: string | undefined;
}

/**
 * Writes a promise's due instant as a customer says it: the weekday, day and month (and the year
 * when it is not this year), then the time, all in the reader's locale and time zone. Returns
 * null when the text is not an instant.
 *
 * @example formatPromiseDue('2026-12-08T21:30:00Z', { locales: ['en-GB'], timeZone: 'Pacific/Auckland' }, now)
 * // 'Wednesday 9 December, 10:30'
 */
export const formatPromiseDue = (
  iso: string,
  reader: ReaderClock,
  now: Date = new Date(),
): string | null => {
  const due = new Date(iso);
  if (Number.isNaN(due.getTime())) {
    return null;
  }

  const isThisYear = yearOf(due, reader) === yearOf(now, reader);
  const day = createDateFormat(reader.locales, reader.timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(isThisYear ? {} : { year: 'numeric' }),
  }).format(due);
  const time = createDateFormat(reader.locales, reader.timeZone, { timeStyle: 'short' }).format(
    due,
  );
  return `${day}, ${time}`;
};

/** The browser's own locales, best first; the time zone is left to the browser. */
export const readBrowserClock = (): ReaderClock => ({
  locales: typeof navigator === 'undefined' ? undefined : navigator.languages,
});

/**
 * The viewer's Jira locale first (the language their panel speaks), then the browser's own; the
 * time zone of their Jira profile, else the browser's, so the portal and the rest of Jira show
 * the same times.
 * @example readerClockOf('fr-FR', 'Europe/Paris').locales // ['fr-FR', ...navigator.languages]
 */
export const readerClockOf = (locale: string | undefined, timeZone?: string): ReaderClock => {
  const browser = readBrowserClock().locales ?? [];
  return {
    locales: locale === undefined ? browser : [locale, ...browser],
    ...(timeZone === undefined ? {} : { timeZone }),
  };
};

const yearOf = (instant: Date, reader: ReaderClock): string =>
  createDateFormat(reader.locales, reader.timeZone, { year: 'numeric' }).format(instant);
