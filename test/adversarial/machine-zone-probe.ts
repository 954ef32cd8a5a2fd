// Run as a child process with TZ set (see machine-time-zone.test.ts): prints, as JSON, what the
// business calendar answers for calendars whose opening falls on a day the clocks change.
import { compileCalendar } from '../../src/domain/calendar/compile-calendar';
import { buildCalendarSettings } from '../src/domain/calendar/build-calendar';

const sundaysOnly = (timeZone: string, start: string, end: string) =>
  compileCalendar(
    buildCalendarSettings({
      timeZone,
      workingHours: {
        monday: [],
        tuesday: [],
        wednesday: [],
        thursday: [],
        friday: [],
        saturday: [],
        sunday: [{ start, end }],
      },
    }),
  );

const auckland = sundaysOnly('Pacific/Auckland', '03:00', '11:00');
const havana = sundaysOnly('America/Havana', '02:00', '10:00');
const lordHowe = sundaysOnly('Australia/Lord_Howe', '03:30', '12:00');

process.stdout.write(
  JSON.stringify({
    machineOffsetMinutes: new Date('2026-04-04T15:00:00Z').getTimezoneOffset(),
    auckland: {
      minutes: auckland.businessTimeBetween(
        new Date('2026-04-04T00:00:00Z'),
        new Date('2026-04-05T12:00:00Z'),
      ),
      opensAt: auckland.nextOpening(new Date('2026-04-04T12:00:00Z')).toISOString(),
      workingAt0230Second: auckland.isWorkingTime(new Date('2026-04-04T14:30:00Z')),
    },
    havana: {
      minutes: havana.businessTimeBetween(
        new Date('2026-03-07T12:00:00Z'),
        new Date('2026-03-08T23:00:00Z'),
      ),
      opensAt: havana.nextOpening(new Date('2026-03-08T00:00:00Z')).toISOString(),
    },
    lordHowe: {
      opensAt: lordHowe.nextOpening(new Date('2027-04-03T12:00:00Z')).toISOString(),
    },
  }),
);
