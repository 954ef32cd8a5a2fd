import type { DaySchedule, WorkingBlock } from './day-schedule';
import { addWorkingTime, nextWorkingDay } from './walk-working-time';
import { wallClockOf, wallClockToInstant } from './wall-clock';

/**
 * Returns the earliest instant of a day's blocks that has as much of the day's working time
 * behind it as `target`: the target itself inside a block, else the end of the block before it,
 * else the day's first opening.
 * @example clampToBlocks([{ start: 9, end: 13 }], 15) // 13
 */
export const clampToBlocks = (blocks: readonly WorkingBlock[], target: number): number => {
  let latest = blocks[0]?.start ?? target;

  for (const block of blocks) {
    if (target < block.start) return latest;
    if (target < block.end) return target;
    latest = block.end;
  }

  return latest;
};

/**
 * Returns the same wall-clock time on the `days`-th working day after an instant; from outside
 * working hours the count starts at the next opening. When that day's blocks do not cover the
 * time (a shorter Friday), the result is clamped into them with `clampToBlocks`.
 * @throws CalendarNeverOpensError when the calendar stays closed for too long.
 * @example addWorkingDays(createDaySchedule(defaultCalendarSettings), Date.UTC(2025, 11, 18, 10), 5)
 *   // Date.UTC(2025, 11, 25, 10); Date.UTC(2025, 11, 29, 10) with 25 and 26 December off
 */
export const addWorkingDays = (schedule: DaySchedule, from: number, days: number): number => {
  const start = addWorkingTime(schedule, from, 0);
  if (days === 0) return start;

  const { day: startDay, time: wallTime } = wallClockOf(start, schedule.timeZone);
  let day = startDay;
  for (let counted = 0; counted < days; counted += 1) {
    day = nextWorkingDay(schedule, day);
  }

  const target = wallClockToInstant(day, wallTime, schedule.timeZone);

  return clampToBlocks(schedule.blocksOf(day), target);
};
