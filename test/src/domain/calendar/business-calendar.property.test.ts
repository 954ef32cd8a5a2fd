import fc from 'fast-check';

import { newZealandFieldServiceCalendar } from '../../../../src/domain/calendar/calendar-presets';
import { compileCalendar } from '../../../../src/domain/calendar/compile-calendar';
import { caseArbitrary, MS_PER_MINUTE } from './calendar-arbitraries';

describe('business time, as laws', () => {
  const lawArbitrary = caseArbitrary.chain((picked) =>
    fc.record({
      picked: fc.constant(picked),
      later: fc.integer({ min: 0, max: 20_000 }),
      more: fc.integer({ min: 0, max: 20_000 }),
      days: fc.integer({ min: 0, max: 30 }),
    }),
  );
  const newZealand = compileCalendar(newZealandFieldServiceCalendar);

  it('never lands outside working time: inside a block, or at the end of one', () => {
    fc.assert(
      fc.property(lawArbitrary, ({ picked: { settings, from }, more, days }) => {
        const calendar = compileCalendar(settings);
        const added = calendar.addBusinessMinutes(new Date(from), more);
        const dayAdded = calendar.addBusinessDays(new Date(from), days);

        for (const result of [added, dayAdded]) {
          const isAtBlockEnd = calendar.isWorkingTime(new Date(+result - 1));
          expect(calendar.isWorkingTime(result) || isAtBlockEnd).toBe(true);
          expect(+result).toBeGreaterThanOrEqual(from);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('measures back exactly what was added, holidays included', () => {
    fc.assert(
      fc.property(lawArbitrary, ({ picked: { settings, from }, more }) => {
        for (const calendar of [compileCalendar(settings), newZealand]) {
          const added = calendar.addBusinessMinutes(new Date(from), more);
          expect(calendar.businessTimeBetween(new Date(from), added)).toBe(more);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(lawArbitrary, ({ picked: { settings, from, minutes }, later, more }) => {
        for (const calendar of [compileCalendar(settings), newZealand]) {
          const start = new Date(from);
          const laterStart = new Date(from + later * MS_PER_MINUTE);

          expect(+calendar.addBusinessMinutes(laterStart, minutes)).toBeGreaterThanOrEqual(
            +calendar.addBusinessMinutes(start, minutes),
          );
          expect(+calendar.addBusinessMinutes(start, minutes + more)).toBeGreaterThanOrEqual(
            +calendar.addBusinessMinutes(start, minutes),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
