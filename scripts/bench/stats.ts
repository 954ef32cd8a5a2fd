/** The median and 95th percentile of a list of durations, in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
}

/**
 * Nearest-rank percentiles of the samples; zeros for an empty list.
 * @example percentiles([1, 2, 3, 4]) // { p50: 2, p95: 4 }
 */
export const percentiles = (samples: number[]): Percentiles => {
  if (samples.length === 0) return { p50: 0, p95: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: rank(50), p95: rank(95) };
};

/** Milliseconds rounded to three decimals, for a table. */
export const ms = (value: number): number => Math.round(value * 1000) / 1000;
