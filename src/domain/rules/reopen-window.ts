import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';

/**
 * When the reopen window of a resolution closes: the same wall-clock time `windowDays` calendar
 * days later in the desk's time zone, so a daylight-saving change in between neither shortens nor
 * lengthens it. Null when there is no window.
 * @example reopenWindowEndsAt(Date.parse('2026-04-03T10:00:00+13:00'), 7, 'Pacific/Auckland')
 * // Date.parse('2026-04-10T10:00:00+12:00')
 */
export const reopenWindowEndsAt = (
  resolvedAtMs: number,
  windowDays: number | null,
  timeZone: string,
): number | null =>
  windowDays === null ? null : addDays(new TZDate(resolvedAtMs, timeZone), windowDays).getTime();

/**
 * Whether a comment at `atMs` comes after the reopen window of a resolution at `resolvedAtMs`;
 * false when there is no window or no known resolution.
 * @example isAfterReopenWindow(Date.parse('2026-04-10T09:45:00+12:00'),
 *   Date.parse('2026-04-03T10:00:00+13:00'), 7, 'Pacific/Auckland') // false
 */
export const isAfterReopenWindow = (
  atMs: number,
  resolvedAtMs: number | null,
  windowDays: number | null,
  timeZone: string,
): boolean => {
  if (resolvedAtMs === null) return false;
  const endsAt = reopenWindowEndsAt(resolvedAtMs, windowDays, timeZone);

  return endsAt !== null && atMs > endsAt;
};
