import { toDayNumber } from '../../../../src/domain/calendar/civil-day';
import { wallClockOf, wallClockToInstant } from '../../../../src/domain/calendar/wall-clock';

const hours = (value: number): number => value * 3_600_000;

describe('wallClockToInstant', () => {
  it.each([
    ['an ordinary morning', 'Pacific/Auckland', [2026, 3, 2], 8.5, '2026-03-01T19:30:00.000Z'],
    ['24:00 as the next midnight', 'Europe/London', [2026, 3, 28], 24, '2026-03-29T00:00:00.000Z'],
    [
      'London 01:30 on 25 Oct 2026 (shown twice): the first, BST',
      'Europe/London',
      [2026, 10, 25],
      1.5,
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'Auckland 02:30 on 6 Apr 2025 (shown twice): the first, NZDT',
      'Pacific/Auckland',
      [2025, 4, 6],
      2.5,
      '2025-04-05T13:30:00.000Z',
    ],
    [
      'Lord Howe 01:45 on 5 Apr 2026 (shown twice, half-hour change)',
      'Australia/Lord_Howe',
      [2026, 4, 5],
      1.75,
      '2026-04-04T14:45:00.000Z',
    ],
    [
      'Auckland 03:00 on 5 Apr 2026 (shown once, as the clocks went back to 02:00)',
      'Pacific/Auckland',
      [2026, 4, 5],
      3,
      '2026-04-04T15:00:00.000Z',
    ],
    [
      'Havana 00:30 on 8 Mar 2026 (skipped at midnight): the change',
      'America/Havana',
      [2026, 3, 8],
      0.5,
      '2026-03-08T05:00:00.000Z',
    ],
    [
      'London 01:30 on 29 Mar 2026 (skipped): the change',
      'Europe/London',
      [2026, 3, 29],
      1.5,
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'Auckland 02:30 on 28 Sep 2025 (skipped): the change',
      'Pacific/Auckland',
      [2025, 9, 28],
      2.5,
      '2025-09-27T14:00:00.000Z',
    ],
    [
      'Lord Howe 02:15 on 5 Oct 2025 (skipped): the change',
      'Australia/Lord_Howe',
      [2025, 10, 5],
      2.25,
      '2025-10-04T15:30:00.000Z',
    ],
  ] as const)(
    'gives %s in %s on %p at %p h: %s',
    (_label, zone, [year, month, day], time, expected) => {
      const instant = wallClockToInstant(toDayNumber(year, month, day), hours(time), zone);

      expect(new Date(instant).toISOString()).toBe(expected);
    },
  );
});

describe('wallClockOf', () => {
  it('reads the local day and time, whatever the machine’s zone', () => {
    expect(wallClockOf(Date.UTC(2026, 0, 1, 12), 'Pacific/Auckland')).toEqual({
      day: toDayNumber(2026, 1, 2),
      time: hours(1),
    });
  });
});
