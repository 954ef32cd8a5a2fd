// A business calendar must give the same answers whatever time zone the machine running the app
// is set to (Forge runs in UTC; a developer's sandbox runs in theirs). Jest cannot change the zone
// of its own process, so each machine zone runs machine-zone-probe.ts in a child process.
// The calendars open at a time of day that exists once, on a day the clocks change in their zone.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface ProbeAnswer {
  machineOffsetMinutes: number;
  auckland: { minutes: number; opensAt: string; workingAt0230Second: boolean };
  havana: { minutes: number; opensAt: string };
  lordHowe: { opensAt: string };
}

const probe = (machineZone: string): ProbeAnswer => {
  const output = execFileSync(
    process.execPath,
    [require.resolve('tsx/cli'), join(__dirname, 'machine-zone-probe.ts')],
    { env: { ...process.env, TZ: machineZone }, encoding: 'utf8', timeout: 60_000 },
  );
  return JSON.parse(output) as ProbeAnswer;
};

describe.each([
  ['UTC', 0],
  ['America/New_York', 240],
  ['Pacific/Chatham', -765],
])('on a machine set to %s', (machineZone, offsetMinutes) => {
  let answer: ProbeAnswer;

  beforeAll(() => {
    answer = probe(machineZone);
  }, 60_000);

  it('sanity: the child process really ran in that zone', () => {
    expect(answer.machineOffsetMinutes).toBe(offsetMinutes);
  });

  // Auckland, Sunday 5 April 2026: at 03:00 NZDT (+13) the clocks go back to 02:00 NZST (+12).
  // 03:00 NZST then happens once: 03:00 - 12 h = 15:00 UTC on Saturday 4 April; 11:00 NZST is
  // 23:00 UTC. The block is 8 hours = 480 business minutes. 14:30 UTC is 02:30 NZST (the second
  // 02:30 of that night), before the block opens.
  it('counts a Sunday 03:00-11:00 block in Auckland on the day daylight saving ends as 8 hours', () => {
    expect(answer.auckland).toEqual({
      minutes: 480,
      opensAt: '2026-04-04T15:00:00.000Z',
      workingAt0230Second: false,
    });
  });

  // Havana, Sunday 8 March 2026: at 00:00 CST (-5) the clocks go forward to 01:00 CDT (-4).
  // 02:00 CDT = 02:00 + 4 h = 06:00 UTC; 10:00 CDT = 14:00 UTC: 8 hours = 480 minutes.
  it('counts a Sunday 02:00-10:00 block in Havana on the day daylight saving starts as 8 hours', () => {
    expect(answer.havana).toEqual({ minutes: 480, opensAt: '2026-03-08T06:00:00.000Z' });
  });

  // Lord Howe, Sunday 4 April 2027: at 02:00 (+11) the clocks go back half an hour to 01:30
  // (+10:30). 03:30 then happens once, at +10:30: 03:30 - 10:30 = 17:00 UTC on Saturday 3 April.
  it('opens a Sunday 03:30 block on Lord Howe Island at 03:30 local time after the change', () => {
    expect(answer.lordHowe).toEqual({ opensAt: '2027-04-03T17:00:00.000Z' });
  });
});
