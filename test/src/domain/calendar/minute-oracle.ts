import type { CalendarSettings } from '../../../../src/domain/calendar/calendar-settings-schema';
import { parseTimeOfDay } from '../../../../src/domain/calendar/time-of-day';
import type { Weekday } from '../../../../src/domain/calendar/working-hours-schema';

const MS_PER_MINUTE = 60_000;
const MAX_MINUTES = 60_000;

/** Business time counted minute by minute from what Intl's clock shows; holidays are ignored. */
export interface MinuteOracle {
  add: (from: number, minutes: number) => number;
  measure: (from: number, to: number) => number;
}

/**
 * A slow, obviously right model of a calendar without holidays: a minute is working time when the
 * wall clock Intl shows for it (weekday, hour, minute) falls in a block. It uses neither TZDate nor
 * the machine's zone, so agreeing with it means the calendar does not depend on either.
 */
export const createMinuteOracle = (settings: CalendarSettings): MinuteOracle => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: settings.timeZone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  const isWorkingMinute = (instant: number): boolean => {
    const parts = format.formatToParts(new Date(instant));
    const part = (type: string): string =>
      parts.find((candidate) => candidate.type === type)?.value ?? '';
    const weekday = part('weekday').toLowerCase() as Weekday;
    const minute = Number(part('hour')) * 60 + Number(part('minute'));

    return settings.workingHours[weekday].some(
      ({ start, end }) =>
        (parseTimeOfDay(start) ?? 0) <= minute && minute < (parseTimeOfDay(end) ?? 0),
    );
  };

  return {
    add: (from, minutes) => {
      let counted = 0;
      for (let instant = from, step = 0; step < MAX_MINUTES; instant += MS_PER_MINUTE, step += 1) {
        if (!isWorkingMinute(instant)) continue;
        if (counted === minutes) return instant;
        counted += 1;
        if (counted === minutes) return instant + MS_PER_MINUTE;
      }
      throw new Error('The oracle walked too far.');
    },
    measure: (from, to) => {
      let counted = 0;
      for (let instant = from; instant < to; instant += MS_PER_MINUTE) {
        if (isWorkingMinute(instant)) counted += 1;
      }
      return counted;
    },
  };
};
