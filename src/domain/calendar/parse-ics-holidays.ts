import ICAL from 'ical.js';

import { parseDayKey, toDayKey, toDayNumber } from './civil-day';

/** A holiday read from an ICS file: a local date and the event's summary. */
export interface ImportedHoliday {
  date: string;
  name: string;
}

/** The holidays found (sorted by date, one per date), or why the file could not be read. */
export type IcsHolidaysResult =
  | { ok: true; holidays: ImportedHoliday[]; skippedTimedEvents: number }
  | { ok: false; message: string };

/** Options for reading recurring events. */
export interface IcsHolidaysOptions {
  /** Last year of occurrences kept for a recurring event (default: its first year plus 10). */
  untilYear?: number;
}

type IcalTime = InstanceType<typeof ICAL.Time>;

const MAX_DAYS = 5000;

const dayOf = (time: IcalTime): number => toDayNumber(time.year, time.month, time.day);

const startsOf = (event: InstanceType<typeof ICAL.Event>, untilYear?: number): IcalTime[] => {
  if (!event.isRecurring()) return [event.startDate];

  const lastYear = untilYear ?? event.startDate.year + 10;
  const iterator = event.iterator();
  const starts: IcalTime[] = [];
  while (starts.length < MAX_DAYS) {
    // Typed as always returning a time, the iterator returns undefined once it is exhausted.
    const next = iterator.next() as IcalTime | undefined;
    if (next === undefined || next.year > lastYear) break;
    starts.push(next);
  }

  return starts;
};

const readEvents = (text: string, options: IcsHolidaysOptions) => {
  const parsed: unknown = ICAL.parse(text);
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new Error('there is no calendar (BEGIN:VCALENDAR) in it');
  }

  // Several calendars in one file parse to a list of calendars.
  const calendars = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  const days = new Map<string, string>();
  let skippedTimedEvents = 0;

  for (const vevent of calendars.flatMap((jcal) =>
    new ICAL.Component(jcal).getAllSubcomponents('vevent'),
  )) {
    const event = new ICAL.Event(vevent);
    const status = vevent.getFirstPropertyValue('status');
    if (String(status).toUpperCase() === 'CANCELLED') continue;
    if (!event.startDate.isDate) {
      skippedTimedEvents += 1;
      continue;
    }

    // ical.js types the summary as a string but gives null when the event has none.
    const summary: unknown = event.summary;
    const name = (typeof summary === 'string' ? summary.trim() : '') || 'Imported holiday';
    const length = Math.max(1, dayOf(event.endDate) - dayOf(event.startDate));
    for (const start of startsOf(event, options.untilYear)) {
      for (let offset = 0; offset < length && days.size < MAX_DAYS; offset += 1) {
        const key = toDayKey(dayOf(start) + offset);
        if (!days.has(key)) days.set(key, name);
      }
    }
  }

  return { days, skippedTimedEvents };
};

/**
 * Reads the all-day events of an ICS (iCalendar) file as holidays: each day of a multi-day event,
 * each occurrence of a recurring one (up to `untilYear`). Timed events are counted, not kept;
 * cancelled events are dropped. Never throws: a malformed file gives `ok: false` with a message.
 * @example parseIcsHolidays('hello').ok // false
 */
export const parseIcsHolidays = (
  text: string,
  options: IcsHolidaysOptions = {},
): IcsHolidaysResult => {
  try {
    const { days, skippedTimedEvents } = readEvents(text, options);
    const holidays = [...days]
      .map(([date, name]) => ({ date, name }))
      .filter(({ date }) => parseDayKey(date) !== null)
      .sort((left, right) => left.date.localeCompare(right.date));

    return { ok: true, holidays, skippedTimedEvents };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return { ok: false, message: `The ICS file could not be read: ${reason}.` };
  }
};
