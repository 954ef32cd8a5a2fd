import { tzScan } from '@date-fns/tz';
import fc from 'fast-check';

import type { CalendarSettings } from '../../../../src/domain/calendar/calendar-settings-schema';
import { formatTimeOfDay, parseTimeOfDay } from '../../../../src/domain/calendar/time-of-day';
import { buildCalendarSettings } from './build-calendar';

/** Milliseconds in a minute. */
export const MS_PER_MINUTE = 60_000;
const [FROM, TO] = [Date.UTC(2024, 0, 1), Date.UTC(2027, 0, 1)];
const zones = [
  'UTC',
  'Europe/London',
  'America/Chicago',
  'Pacific/Auckland',
  'Australia/Lord_Howe',
];

// Block edges avoid 00:30 to 04:00, where the clocks change in these zones: an edge inside a
// change is pinned down in wall-clock.test.ts. Blocks may still span a change (00:00 to 05:00).
const edges = [0, ...Array.from({ length: 41 }, (_unused, index) => 240 + index * 30)];
const dayArbitrary = fc
  .uniqueArray(fc.constantFrom(...edges), { maxLength: 4 })
  .map((picked) => [...picked].sort((left, right) => left - right))
  .map((sorted) =>
    Array.from({ length: Math.floor(sorted.length / 2) }, (_unused, index) => ({
      start: formatTimeOfDay(sorted[index * 2] ?? 0),
      end: formatTimeOfDay(sorted[index * 2 + 1] ?? 0),
    })),
  );

const settingsArbitrary: fc.Arbitrary<CalendarSettings> = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    workingHours: fc.record({
      monday: dayArbitrary,
      tuesday: dayArbitrary,
      wednesday: dayArbitrary,
      thursday: dayArbitrary,
      friday: dayArbitrary,
      saturday: dayArbitrary,
      sunday: dayArbitrary,
    }),
  })
  .filter(({ workingHours }) => Object.values(workingHours).some((blocks) => blocks.length > 0))
  .map((picked) => buildCalendarSettings(picked));

// Instants on whole minutes, half of them within three days of a change of the clocks.
const instantArbitrary = (timeZone: string): fc.Arbitrary<number> => {
  const changes = tzScan(timeZone, { start: new Date(FROM), end: new Date(TO) }).map(
    (change) => +change.date,
  );
  const anywhere = fc.integer({ min: FROM / MS_PER_MINUTE, max: TO / MS_PER_MINUTE });
  if (changes.length === 0) return anywhere.map((minutes) => minutes * MS_PER_MINUTE);

  const nearChange = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: -4320, max: 4320 }))
    .map(([change, minutes]) => Math.round(change / MS_PER_MINUTE) + minutes);

  return fc.oneof(anywhere, nearChange).map((minutes) => minutes * MS_PER_MINUTE);
};

const weeklyMinutesOf = ({ workingHours }: CalendarSettings): number =>
  Object.values(workingHours)
    .flat()
    .reduce(
      (sum, { start, end }) => sum + (parseTimeOfDay(end) ?? 0) - (parseTimeOfDay(start) ?? 0),
      0,
    );

/**
 * A random calendar without holidays, an instant, an amount of at most two weeks' working time (so
 * the minute-by-minute model stays quick) and a span of up to five days.
 */
export const caseArbitrary = settingsArbitrary.chain((settings) =>
  fc.record({
    settings: fc.constant(settings),
    from: instantArbitrary(settings.timeZone),
    minutes: fc.integer({ min: 0, max: Math.min(1500, weeklyMinutesOf(settings) * 2) }),
    span: fc.integer({ min: 0, max: 5 * 1440 }),
  }),
);
