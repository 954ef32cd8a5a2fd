import fc from 'fast-check';

import { compileCalendar } from '../../../../src/domain/calendar/compile-calendar';
import { caseArbitrary, MS_PER_MINUTE } from './calendar-arbitraries';
import { createMinuteOracle } from './minute-oracle';

describe('business time, against a minute-by-minute model read from Intl (UTC instants)', () => {
  it('adds business minutes to the same UTC instant as the model', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ settings, from, minutes }) => {
        const calendar = compileCalendar(settings);

        expect(calendar.addBusinessMinutes(new Date(from), minutes).toISOString()).toBe(
          new Date(createMinuteOracle(settings).add(from, minutes)).toISOString(),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('measures the same business minutes as the model', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ settings, from, span }) => {
        const to = from + span * MS_PER_MINUTE;

        expect(compileCalendar(settings).businessTimeBetween(new Date(from), new Date(to))).toBe(
          createMinuteOracle(settings).measure(from, to),
        );
      }),
      { numRuns: 30 },
    );
  });
});
