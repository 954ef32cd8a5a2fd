/**
 * Returns the earliest of some instants (epoch milliseconds), ignoring nulls; null when none.
 * @example earliest(null, 5, 3) // 3
 */
export const earliest = (...instants: (number | null)[]): number | null =>
  instants.reduce<number | null>(
    (first, instant) =>
      instant === null || (first !== null && first <= instant) ? first : instant,
    null,
  );

/**
 * Returns the epoch milliseconds of an optional recorded date; null when absent or invalid.
 * @example instantOf(undefined) // null
 */
export const instantOf = (date: Date | undefined): number | null => {
  const instant = date?.getTime();

  return instant === undefined || Number.isNaN(instant) ? null : instant;
};
