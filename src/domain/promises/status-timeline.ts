import type { StatusChange, StatusPauseReason } from './types';

/** The time a request spent in one status (epoch milliseconds, `to` excluded; Infinity: now). */
export interface StatusSpan {
  entryId: string | null;
  isDone: boolean;
  from: number;
  to: number;
}

/** A stretch of a status that stops a clock, clipped to the clock's own time. */
export interface PauseSpan {
  reason: StatusPauseReason;
  from: number;
  to: number;
}

/**
 * Turns a status history into consecutive spans, ordered by time; entries with an invalid date
 * are dropped. Empty for an empty history.
 * @example toStatusSpans([{ at: new Date(0), statusName: 'In Review' }], () => 'in-review')
 *   // [{ entryId: 'in-review', isDone: false, from: 0, to: Infinity }]
 */
export const toStatusSpans = (
  history: readonly StatusChange[],
  matchEntry: (statusName: string) => string | null,
): StatusSpan[] => {
  const changes = history
    .filter((change) => !Number.isNaN(change.at.getTime()))
    .sort((left, right) => left.at.getTime() - right.at.getTime());

  return changes.map((change, index) => ({
    entryId: matchEntry(change.statusName),
    isDone: change.isDone === true,
    from: change.at.getTime(),
    to: changes[index + 1]?.at.getTime() ?? Infinity,
  }));
};

/**
 * Returns the first instant, not before `notBefore`, at which the request is in a status the
 * predicate accepts; null when it never is.
 * @example firstInstantWhere(spans, 0, (id) => id === 'resolved') // when it was first resolved
 */
export const firstInstantWhere = (
  spans: readonly StatusSpan[],
  notBefore: number,
  predicate: (entryId: string | null) => boolean,
): number | null => {
  const span = spans.find((candidate) => candidate.to > notBefore && predicate(candidate.entryId));

  return span === undefined ? null : Math.max(span.from, notBefore);
};

/**
 * Returns the first instant, not before `notBefore`, at which the request is in a done status;
 * null when it is not done at any time since.
 * @example firstDoneInstant(spans, bookedAt) // when the request was resolved after the booking
 */
export const firstDoneInstant = (
  spans: readonly StatusSpan[],
  notBefore: number,
): number | null => {
  const span = spans.find((candidate) => candidate.to > notBefore && candidate.isDone);

  return span === undefined ? null : Math.max(span.from, notBefore);
};

/**
 * Returns the span the request is in at an instant; null before its first known status.
 * @example spanAt(spans, Date.now()) // the current status's span
 */
export const spanAt = (spans: readonly StatusSpan[], instant: number): StatusSpan | null =>
  spans.find((span) => span.from <= instant && instant < span.to) ?? null;

/**
 * Returns the reason an entry stops a clock, or null when it does not.
 * @example pauseReasonOf({ 'on-hold': 'on-hold' }, 'on-hold') // 'on-hold'
 */
export const pauseReasonOf = (
  pausedBy: Readonly<Record<string, StatusPauseReason>>,
  entryId: string | null,
): StatusPauseReason | null =>
  entryId !== null && Object.hasOwn(pausedBy, entryId) ? (pausedBy[entryId] ?? null) : null;

/**
 * Returns the stretches between `from` and `until` spent in statuses that stop a clock.
 * @example pauseSpans(spans, { 'on-hold': 'on-hold' }, start, now) // [] when never on hold
 */
export const pauseSpans = (
  spans: readonly StatusSpan[],
  pausedBy: Readonly<Record<string, StatusPauseReason>>,
  from: number,
  until: number,
): PauseSpan[] =>
  spans.flatMap((span) => {
    const reason = pauseReasonOf(pausedBy, span.entryId);
    const clipped = { from: Math.max(span.from, from), to: Math.min(span.to, until) };

    return reason !== null && clipped.to > clipped.from ? [{ reason, ...clipped }] : [];
  });

/**
 * Returns when the request's latest episode in a status began: the first entry into a status
 * `isStart` accepts since the last one `isEnd` accepts (an episode lasts until an ending status
 * is entered, so a pause in between does not start a new one). Null when it never entered one.
 * @example latestEpisodeStart(spans, (id) => id === 'booked', (id) => id !== 'booked')
 *   // the latest entry into 'booked'
 */
export const latestEpisodeStart = (
  spans: readonly StatusSpan[],
  isStart: (entryId: string | null) => boolean,
  isEnd: (entryId: string | null) => boolean,
): number | null => {
  let start: number | null = null;
  let isOpen = false;

  for (const span of spans) {
    if (isStart(span.entryId)) {
      if (!isOpen) start = span.from;
      isOpen = true;
    } else if (isEnd(span.entryId)) {
      isOpen = false;
    }
  }

  return start;
};
