/**
 * The place an IANA time zone is named after, as people say it; the zone itself when it names
 * no place.
 *
 * @example placeOfTimeZone('Pacific/Auckland') // 'Auckland'
 * @example placeOfTimeZone('America/Argentina/Buenos_Aires') // 'Buenos Aires'
 * @example placeOfTimeZone('Etc/UTC') // 'UTC'
 */
export const placeOfTimeZone = (timeZone: string): string => {
  const parts = timeZone.split('/');
  const last = parts[parts.length - 1] ?? timeZone;

  if (parts.length === 1 || parts[0] === 'Etc') {
    return last;
  }
  return last.replace(/_/g, ' ');
};
