import type { DayOffSource } from './holiday-lookup';

/** Why a calendar is closed at an instant. */
export type ClosureReason = 'outside-working-hours' | 'holiday';

/** The calendar being closed at an instant, with the holiday's name when a holiday is the reason. */
export interface CalendarClosure {
  reason: ClosureReason;
  holidayName: string | null;
}

/** A holiday or day off, for the admin's list. */
export interface CalendarHoliday {
  /** The local date ("YYYY-MM-DD"). */
  date: string;
  name: string;
  source: DayOffSource;
  /** False when the day would not be worked anyway (a weekend) or is an extra working day. */
  isDayOff: boolean;
}

/**
 * A compiled business calendar. Every operation takes and returns instants; each throws a
 * RangeError for an invalid Date or amount, and CalendarNeverOpensError if the calendar could
 * never open. Business time counts working blocks only, start included and end excluded.
 */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Tells whether the instant lies inside a working block. */
  readonly isWorkingTime: (instant: Date) => boolean;
  /** Returns why the calendar is closed at the instant; null while it is open. */
  readonly closureAt: (instant: Date) => CalendarClosure | null;
  /** Returns the next instant the calendar is open: the instant itself inside a block. */
  readonly nextOpening: (instant: Date) => Date;
  /** Returns the instant after counting business minutes; ending at a block's end gives the end. */
  readonly addBusinessMinutes: (instant: Date, minutes: number) => Date;
  /** Same as `addBusinessMinutes`, in hours. */
  readonly addBusinessHours: (instant: Date, hours: number) => Date;
  /** Returns the same wall-clock time on the Nth following working day (see addWorkingDays). */
  readonly addBusinessDays: (instant: Date, days: number) => Date;
  /** Returns the same wall-clock time N calendar days later in the calendar's zone. */
  readonly addCalendarDays: (instant: Date, days: number) => Date;
  /** Returns the business minutes between two instants; 0 when `to` is not after `from`. */
  readonly businessTimeBetween: (from: Date, to: Date) => number;
  /** Returns the holidays and days off of the `months` (default 12) from the instant's date. */
  readonly listHolidays: (from: Date, months?: number) => CalendarHoliday[];
}
