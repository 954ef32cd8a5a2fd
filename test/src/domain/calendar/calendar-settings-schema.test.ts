import {
  defaultCalendarSettings,
  newZealandFieldServiceCalendar,
} from '../../../../src/domain/calendar/calendar-presets';
import { checkCalendarSettings } from '../../../../src/domain/calendar/calendar-settings-schema';
import { buildCalendarSettings, weekdayHours } from './build-calendar';

const withMonday = (...blocks: [start: string, end: string][]) => ({
  workingHours: {
    ...weekdayHours(['09:00', '17:00']),
    monday: blocks.map(([start, end]) => ({ start, end })),
  },
});

describe('checkCalendarSettings', () => {
  it.each([
    ['the default calendar', defaultCalendarSettings],
    ['the New Zealand field-service calendar', newZealandFieldServiceCalendar],
  ])('accepts %s', (_label, settings) => {
    expect(checkCalendarSettings(settings)).toEqual({ ok: true, settings });
  });

  it('accepts a lunch break, a block to midnight, a region and a round trip through JSON', () => {
    const settings = buildCalendarSettings({
      timeZone: 'Pacific/Auckland',
      workingHours: {
        ...weekdayHours(['08:30', '12:00'], ['13:00', '17:00']),
        saturday: [{ start: '20:00', end: '24:00' }],
      },
      publicHolidays: { country: 'NZ', region: 'AUK' },
    });

    expect(checkCalendarSettings(JSON.parse(JSON.stringify(settings)))).toEqual({
      ok: true,
      settings,
    });
  });

  it('normalises the case of country and region codes', () => {
    const checked = checkCalendarSettings(
      buildCalendarSettings({ publicHolidays: { country: 'nz', region: 'auk' } }),
    );

    expect(checked.ok && checked.settings.publicHolidays).toEqual({ country: 'NZ', region: 'AUK' });
  });

  it.each([
    [
      'an unknown time zone',
      { timeZone: 'Mars/Olympus' },
      'timeZone',
      'Time zone: "Mars/Olympus" is not an IANA time zone (for example Pacific/Auckland).',
    ],
    [
      'an offset instead of a zone',
      { timeZone: '+12:00' },
      'timeZone',
      'Time zone: "+12:00" is not an IANA time zone (for example Pacific/Auckland).',
    ],
    [
      'a time that is not HH:mm',
      withMonday(['8.30', '17:00']),
      'workingHours.monday.0.start',
      'Monday: the start must be a 24-hour time like 08:30.',
    ],
    [
      'a block that ends before it starts',
      withMonday(['17:00', '08:30']),
      'workingHours.monday.0.end',
      'Monday, block 1: the end (08:30) must be after the start (17:00).',
    ],
    [
      'overlapping blocks',
      withMonday(['08:30', '12:00'], ['11:00', '17:00']),
      'workingHours.monday.1.start',
      'Monday, block 2: it starts at 11:00, before block 1 ends (12:00); blocks go in order and must not overlap.',
    ],
    [
      'a week without working time',
      { workingHours: weekdayHours() },
      'workingHours',
      'Working hours: at least one day needs a working block, or nothing could fall due.',
    ],
    [
      'an unknown country',
      { publicHolidays: { country: 'ZZ' } },
      'publicHolidays.country',
      'Public holidays: there is no holiday data for the country "ZZ".',
    ],
    [
      'an unknown region',
      { publicHolidays: { country: 'NZ', region: 'XX' } },
      'publicHolidays.region',
      expect.stringMatching(/^Public holidays: "XX" is not a region of NZ\. Known regions: AUK, /),
    ],
    [
      'a day off that does not exist',
      { extraDaysOff: ['2026-02-30'] },
      'extraDaysOff.0',
      'Extra days off: "2026-02-30" is not a date like 2026-05-01.',
    ],
    [
      'a working day in another format',
      { extraWorkingDays: ['1/5/2026'] },
      'extraWorkingDays.0',
      'Extra working days: "1/5/2026" is not a date like 2026-05-01.',
    ],
    [
      'a day both off and worked',
      { extraDaysOff: ['2026-05-01'], extraWorkingDays: ['2026-05-01'] },
      'extraWorkingDays.0',
      'Extra working days: 2026-05-01 is also listed as an extra day off; keep it in one list.',
    ],
    [
      'an imported holiday without a name',
      { importedHolidays: [{ date: '2026-05-01', name: ' ' }] },
      'importedHolidays.0.name',
      'Imported holidays: each needs a name.',
    ],
  ])('refuses %s, naming the field', (_label, change, path, message) => {
    expect(checkCalendarSettings({ ...defaultCalendarSettings, ...change })).toEqual({
      ok: false,
      problems: [{ path, message }],
    });
  });

  it('refuses something that is not settings at all', () => {
    const checked = checkCalendarSettings('hello');

    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0]?.path).toBe('(settings)');
  });
});
