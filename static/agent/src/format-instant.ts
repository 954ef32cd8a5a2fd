/** Where the viewer reads times: a BCP 47 locale and an IANA time zone, each possibly unknown. */
export interface ViewerClock {
  locale?: string;
  timeZone?: string;
}

/**
 * Formats an ISO instant as a short date and time in the viewer's locale and time zone.
 * Returns the input unchanged when it is not a valid instant; uses the browser's own locale or
 * zone in place of one that is missing or that the browser does not know.
 *
 * @example formatInstant('2024-03-01T09:30:00Z', { locale: 'en-GB', timeZone: 'Europe/Paris' })
 * // '1 Mar 2024, 10:30'
 */
export const formatInstant = (iso: string, clock: ViewerClock): string => {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    return iso;
  }

  return createFormat(clock).format(instant);
};

const createFormat = ({ locale, timeZone }: ViewerClock): Intl.DateTimeFormat => {
  // Forge has been seen to send 'en_US'; Intl only accepts 'en-US'.
  const tag = locale?.replace('_', '-');

  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }
};
