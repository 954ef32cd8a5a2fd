import { performance } from 'node:perf_hooks';

import { newZealandFieldServiceCalendar } from '../../src/domain/calendar/calendar-presets';
import { compileCalendar } from '../../src/domain/calendar/compile-calendar';
import { ms, percentiles } from './stats';

/** One row of the calendar figures. */
export interface CalendarFigure {
  operation: string;
  p50Ms: number;
  p95Ms: number;
}

const timed = (runs: number, operation: () => void): number[] =>
  Array.from({ length: runs }, () => {
    const started = performance.now();
    operation();
    return performance.now() - started;
  });

/**
 * Times the business calendar on the New Zealand field-service preset: compiling it, adding 250
 * business days and measuring a year, both on a freshly compiled calendar (its first use, which
 * builds the days it crosses) and on one already warm.
 */
export const benchCalendar = (runs: number): CalendarFigure[] => {
  const from = new Date('2026-12-03T01:00:00Z');
  const yearLater = new Date('2027-12-03T01:00:00Z');
  const warm = compileCalendar(newZealandFieldServiceCalendar);
  warm.addBusinessDays(from, 250);
  warm.businessTimeBetween(from, yearLater);

  const rows: [string, number[]][] = [
    ['compile calendar', timed(runs, () => compileCalendar(newZealandFieldServiceCalendar))],
    [
      'add 250 business days (first use)',
      timed(runs, () => compileCalendar(newZealandFieldServiceCalendar).addBusinessDays(from, 250)),
    ],
    ['add 250 business days (warm)', timed(runs, () => warm.addBusinessDays(from, 250))],
    ['add 2000 business hours (warm)', timed(runs, () => warm.addBusinessHours(from, 2000))],
    ['measure a year (warm)', timed(runs, () => warm.businessTimeBetween(from, yearLater))],
  ];
  return rows.map(([operation, samples]) => {
    const { p50, p95 } = percentiles(samples);
    return { operation, p50Ms: ms(p50), p95Ms: ms(p95) };
  });
};
