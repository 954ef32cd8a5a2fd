import { newZealandFieldServiceCalendar } from '../../../../src/domain/calendar/calendar-presets';
import { parseDayKey } from '../../../../src/domain/calendar/civil-day';
import { listDaysOff } from '../../../../src/domain/calendar/list-days-off';

const day = (key: string): number => {
  const parsed = parseDayKey(key);
  if (parsed === null) throw new Error(`Not a day: ${key}`);
  return parsed;
};

describe('listDaysOff', () => {
  it('lists New Zealand’s Christmas holidays in December 2026', () => {
    const listed = listDaysOff(newZealandFieldServiceCalendar, day('2026-12-01'), 31);

    expect(listed.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26', '2026-12-28']);
    expect(listed[0]).toEqual({
      date: '2026-12-25',
      name: 'Christmas Day',
      source: 'public-holiday',
    });
  });

  it('adds the desk’s own days off and leaves out its extra working days', () => {
    const settings = {
      ...newZealandFieldServiceCalendar,
      extraDaysOff: ['2026-12-24'],
      extraWorkingDays: ['2026-12-28'],
    };

    const listed = listDaysOff(settings, day('2026-12-20'), 10);

    expect(listed.map((d) => [d.date, d.source])).toEqual([
      ['2026-12-24', 'extra-day-off'],
      ['2026-12-25', 'public-holiday'],
      ['2026-12-26', 'public-holiday'],
    ]);
  });

  it('lists nothing for a calendar without holidays', () => {
    const settings = { ...newZealandFieldServiceCalendar, publicHolidays: null };

    expect(listDaysOff(settings, day('2026-01-01'), 365)).toEqual([]);
  });
});
