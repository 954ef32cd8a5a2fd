import { evaluateBusinessClock } from './business-clock';
import { dispatchEpisode } from './dispatch-clock';
import { firstMet } from './first-met';
import { instantOf } from './instant-of';
import { isOnDayOrAfter } from './is-on-day-or-after';
import { standingOutcome } from './standing-outcome';
import { firstInstantWhere, type StatusSpan } from './status-timeline';
import type { PromiseClock, PromiseClockInput } from './types';

/**
 * Returns the installer's first-contact clock: business days from the hardware reaching the
 * installer (the recorded receipt; else the recorded dispatch plus the transit business days;
 * else, with no hardware involved, the installer's assignment). Met when the installer is booked
 * (recorded or by status) or contact is recorded. Applies once an installer status is entered or
 * a receipt is recorded; it is `scheduled` while the hardware is still on its way. Each order
 * has its own: after a later order is processed, only its assignment and the contact recorded
 * from the day it was processed count.
 * @example installerContactClock(input, spans).state // { kind: 'scheduled', startsAt } in transit
 */
export const installerContactClock = (
  input: PromiseClockInput,
  spans: readonly StatusSpan[],
): PromiseClock => {
  const { calendar, facts } = input;
  const rule = input.settings.installerContact;
  const episode = dispatchEpisode(input, spans);
  const orderedAt = episode === null || episode.isFirstOrder ? -Infinity : episode.start;
  const assignedAt = firstInstantWhere(spans, orderedAt, (entryId) =>
    rule.installerEntryIds.includes(entryId ?? ''),
  );
  const receivedAt = instantOf(facts.hardwareReceivedAt);
  const dispatchedAt = instantOf(facts.dispatchRecordedAt);
  if (receivedAt === null && assignedAt === null) {
    return { kind: 'installer-contact', applies: false };
  }

  const arrivedAfterTransit =
    dispatchedAt === null
      ? null
      : calendar.addBusinessDays(new Date(dispatchedAt), rule.transitBusinessDays).getTime();
  const start = receivedAt ?? arrivedAfterTransit ?? assignedAt ?? 0;
  const ofThisOrder = (instant: number | null): number | null =>
    instant !== null &&
    (orderedAt === -Infinity || isOnDayOrAfter(instant, orderedAt, calendar.timeZone))
      ? instant
      : null;
  const met = firstMet(
    { at: ofThisOrder(instantOf(facts.installerBookedAt)), fact: 'installerBookedAt' },
    { at: ofThisOrder(instantOf(facts.installerContactAt)), fact: 'installerContactAt' },
    {
      at: firstInstantWhere(spans, assignedAt ?? start, (entryId) =>
        rule.metOnEntering.includes(entryId ?? ''),
      ),
    },
  );

  return evaluateBusinessClock({
    kind: 'installer-contact',
    calendar,
    spans,
    pausedBy: rule.pausedBy,
    start,
    plainDue: calendar.addBusinessDays(new Date(start), rule.businessDays).getTime(),
    met,
    now: input.now.getTime(),
    recorded: standingOutcome(input.recorded?.['installer-contact'], orderedAt, facts),
  });
};
