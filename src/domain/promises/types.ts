import type { BusinessCalendar } from '../calendar/business-calendar';
import type { ClockSettings } from './clock-settings';

/** The promise clocks of the status model. */
export type ClockKind = 'acknowledgement' | 'dispatch' | 'installer-contact' | 'installer-silence';

/** Why a status stops a clock (configured per clock and per catalogue entry). */
export type StatusPauseReason = 'waiting-for-customer' | 'on-hold' | 'awaiting-stock';

/** Why a clock is not counting right now. */
export type PauseReason = 'outside-working-hours' | 'holiday' | StatusPauseReason;

/** A clock not counting: why, since when and until when, where known. */
export interface ClockPause {
  reason: PauseReason;
  /** When the status that pauses it was entered; null for a calendar closure. */
  since: Date | null;
  /** The next opening for a calendar closure; null when it waits on someone. */
  resumesAt: Date | null;
  /** The holiday's name when the reason is a holiday. */
  holidayName: string | null;
}

/** Where a clock stands at `now`. */
export type ClockState =
  | { kind: 'scheduled'; startsAt: Date }
  | { kind: 'running' }
  | { kind: 'paused'; pause: ClockPause }
  | { kind: 'met'; at: Date; onTime: boolean }
  | { kind: 'missed'; since: Date; byMinutes: number; pause: ClockPause | null };

/** A clock that applies to the request. Minutes are whole minutes of `timeBasis` time. */
export interface AppliedClock {
  kind: ClockKind;
  applies: true;
  timeBasis: 'business' | 'calendar';
  startedAt: Date;
  /** For a paused clock: the due instant if it resumed at `now`. */
  dueAt: Date;
  state: ClockState;
  budgetMinutes: number;
  elapsedMinutes: number;
  remainingMinutes: number;
  /** True when the outcome comes from a recorded outcome rather than from recomputation. */
  isRecordedOutcome: boolean;
  /** The recorded fact a met state rests on; absent when a status met it, or it is not met. */
  restsOn?: FactName;
}

/** One promise clock of a request: applied, or not relevant to it. */
export type PromiseClock = AppliedClock | { kind: ClockKind; applies: false };

/** The four clocks of a request, by kind. */
export type PromiseClocks = Record<ClockKind, PromiseClock>;

/** A status the request entered, and when. */
export interface StatusChange {
  at: Date;
  statusName: string;
  /** True for a done status (resolved, closed, canceled): entering it ends every running clock. */
  isDone?: boolean;
}

/** Facts agents recorded on the request (the request's entity property), all optional. */
export interface RecordedFacts {
  dispatchRecordedAt?: Date;
  hardwareReceivedAt?: Date;
  installerBookedAt?: Date;
  installerContactAt?: Date;
  firstPublicReplyAt?: Date;
}

/** The name of one recorded fact. */
export type FactName = keyof RecordedFacts;

/**
 * An outcome saved when a clock was first seen met or missed; it wins over recomputation while it
 * belongs to the clock's current episode and the fact a met result rests on (if any) is kept.
 */
export type RecordedOutcome =
  | { kind: 'met'; at: Date; dueAt: Date; onTime: boolean; restsOn?: FactName }
  | { kind: 'missed'; dueAt: Date };

/** Recorded outcomes by clock kind. */
export type RecordedOutcomes = Partial<Record<ClockKind, RecordedOutcome>>;

/** Everything the clocks are computed from; nothing is read from the machine, not even the time. */
export interface PromiseClockInput {
  createdAt: Date;
  /** The statuses entered, oldest first; the first is the status the request was created in. */
  history: readonly StatusChange[];
  /** Returns the catalogue entry id a workflow status means, or null when it is not mapped. */
  matchEntry: (statusName: string) => string | null;
  facts: RecordedFacts;
  /** When installer accounts wrote public comments on the request, in any order. */
  installerCommentsAt?: readonly Date[];
  calendar: BusinessCalendar;
  settings: ClockSettings;
  now: Date;
  recorded?: RecordedOutcomes;
}
