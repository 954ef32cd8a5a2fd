import { TZDate } from '@date-fns/tz';

/**
 * Reads the value of an `<input type="datetime-local">` ("2026-12-24T16:30") as a wall-clock time
 * in a time zone; null when it is not one.
 * @example wallTimeToInstant('2026-12-24T16:30', 'Pacific/Auckland')?.toISOString()
 *   // '2026-12-24T03:30:00.000Z'
 */
export const wallTimeToInstant = (value: string, timeZone: string): Date | null => {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!parts) return null;
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0] = parts
    .slice(1)
    .map((part) => Number(part || 0));
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const local = new TZDate(year, month - 1, day, hours, minutes, seconds, timeZone);
  // A day such as 31 February rolls over; refuse it instead.
  if (local.getMonth() !== month - 1 || local.getDate() !== day) return null;
  return new Date(local.getTime());
};

/**
 * Writes an instant as a `datetime-local` value in a time zone.
 * @example instantToWallTime(new Date('2026-12-24T03:30:00Z'), 'Pacific/Auckland')
 *   // '2026-12-24T16:30'
 */
export const instantToWallTime = (instant: Date, timeZone: string): string => {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return (
    `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}`
  );
};
