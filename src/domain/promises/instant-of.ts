/**
 * Returns the epoch milliseconds of an optional recorded date; null when absent or invalid.
 * @example instantOf(undefined) // null
 */
export const instantOf = (date: Date | undefined): number | null => {
  const instant = date?.getTime();

  return instant === undefined || Number.isNaN(instant) ? null : instant;
};
