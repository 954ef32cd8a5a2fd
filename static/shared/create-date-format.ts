/**
 * An Intl date format for the viewer's locales and time zone. Forge has been seen to send
 * 'en_US', which Intl refuses, so underscores become hyphens. A locale or zone the browser does
 * not know gives way to the browser's own, the locale first: any date beats none.
 * @example createDateFormat('en_NZ', 'Pacific/Auckland', { dateStyle: 'long' }).resolvedOptions().locale
 * // 'en-NZ'
 */
export const createDateFormat = (
  locales: string | readonly string[] | undefined,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat => {
  const tags = typeof locales === 'string' ? locales.replace('_', '-') : locales;

  for (const [tried, zone] of [
    [tags, timeZone],
    [undefined, timeZone],
  ] as const) {
    try {
      return new Intl.DateTimeFormat(tried, { ...options, timeZone: zone });
    } catch {
      // A locale or zone Intl refuses: try with less of the viewer's settings.
    }
  }
  return new Intl.DateTimeFormat(undefined, options);
};
