import type { ThemeAppearance } from '@atlaskit/lozenge';

import type { ClockPauseReason, PromiseClockView } from '../../../../src/contracts/promise-clocks';

/** How a clock's state reads on its lozenge. */
export interface StateLabel {
  text: string;
  appearance: ThemeAppearance;
}

/**
 * The lozenge of a clock's state; a promise met late reads as such, not as a plain success.
 *
 * @example stateLabel({ state: 'met', met: { at: '…', onTime: false }, … }) // 'Met late', red
 */
export const stateLabel = (clock: PromiseClockView): StateLabel => {
  switch (clock.state) {
    case 'scheduled':
      return { text: 'Scheduled', appearance: 'default' };
    case 'running':
      return { text: 'Running', appearance: 'inprogress' };
    case 'paused':
      return { text: 'Paused', appearance: 'moved' };
    case 'met':
      return clock.met?.onTime === false
        ? { text: 'Met late', appearance: 'removed' }
        : { text: 'Met', appearance: 'success' };
    case 'missed':
      return { text: 'Missed', appearance: 'removed' };
  }
};

const reasonText: Record<ClockPauseReason, string> = {
  'outside-working-hours': 'Outside working hours',
  holiday: 'Public holiday',
  'waiting-for-customer': 'Waiting for the customer',
  'on-hold': 'The request is on hold',
  'awaiting-stock': 'Awaiting stock',
};

/**
 * Why a clock is paused, in plain words, naming the holiday when there is one.
 *
 * @example pauseReasonText({ reason: 'holiday', holidayName: 'Christmas Day', … })
 * // 'Public holiday: Christmas Day'
 */
export const pauseReasonText = (pause: NonNullable<PromiseClockView['pause']>): string => {
  const text = reasonText[pause.reason];
  const holidayName = pause.holidayName?.trim() ?? '';

  return pause.reason === 'holiday' && holidayName !== '' ? `${text}: ${holidayName}` : text;
};

const resumesWhen: Record<ClockPauseReason, string> = {
  'outside-working-hours': 'When working hours start again',
  holiday: 'On the next working day',
  'waiting-for-customer': 'When the request no longer waits for the customer',
  'on-hold': 'When the request comes off hold',
  'awaiting-stock': 'When the request no longer awaits stock',
};

/** When a pause without a known resume time ends, in words. */
export const resumeCondition = (reason: ClockPauseReason): string => resumesWhen[reason];

/**
 * True when the pause is the calendar being closed, so the due time already allows for it; a
 * status that pauses the clock moves the due time on for as long as it lasts.
 */
export const isCalendarClosure = (reason: ClockPauseReason): boolean =>
  reason === 'outside-working-hours' || reason === 'holiday';
