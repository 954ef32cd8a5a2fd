/** The promise clocks of the status model. */
export type ClockKind = 'acknowledgement' | 'dispatch' | 'installer-contact' | 'installer-silence';

/** Why a clock is not counting right now. */
export type ClockPauseReason =
  'outside-working-hours' | 'holiday' | 'waiting-for-customer' | 'on-hold' | 'awaiting-stock';

/** One promise clock as the agent panel shows it. Instants are ISO strings. */
export interface PromiseClockView {
  kind: ClockKind;
  /** What was promised, in words ("Acknowledge within 8 business hours"). */
  promise: string;
  state: 'scheduled' | 'running' | 'paused' | 'met' | 'missed';
  /** When it is due; for a paused clock, when it would be due if it resumed now. */
  dueAt: string;
  /** 'business' minutes follow the calendar; 'calendar' minutes run day and night. */
  timeBasis: 'business' | 'calendar';
  elapsedMinutes: number;
  remainingMinutes: number;
  /** Set when paused, or missed and paused. */
  pause: {
    reason: ClockPauseReason;
    holidayName: string | null;
    since: string | null;
    resumesAt: string | null;
  } | null;
  /**
   * Set when met. `onDate` is the day an agent recorded (YYYY-MM-DD) when the promise was kept by
   * a dated fact such as a dispatch date, which carries no time of day; null when a status or a
   * reply kept it at an instant.
   */
  met: { at: string; onTime: boolean; onDate: string | null } | null;
  /** Set when missed. */
  missed: { since: string; byMinutes: number } | null;
  /** When it starts counting, for a scheduled clock. */
  startsAt: string | null;
}

/** A service level agreement of JSM itself, as its API reports it. */
export interface SlaView {
  name: string;
  /** 'not-started' while the SLA's start condition has not happened. */
  state: 'not-started' | 'running' | 'paused' | 'met' | 'breached';
  /** Jira's own wording of the time left or over ("2h 30m", "-15m"), when it gave one. */
  remaining: string | null;
  /** When the goal ends, for a running cycle. */
  breachAt: string | null;
}

/** The calendar the clocks count on. */
export interface CalendarView {
  timeZone: string;
  /** False when no calendar is set and a plain Monday-to-Friday calendar stands in. */
  isConfigured: boolean;
}
