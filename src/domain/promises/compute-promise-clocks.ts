import { acknowledgementClock } from './acknowledgement-clock';
import { dispatchClock } from './dispatch-clock';
import { endOnResolution } from './end-on-resolution';
import { installerContactClock } from './installer-contact-clock';
import { installerSilenceClock } from './installer-silence-clock';
import { toStatusSpans } from './status-timeline';
import type { PromiseClockInput, PromiseClocks } from './types';

/**
 * Computes the four promise clocks of a request at `input.now`, from its creation, status history
 * and recorded facts, in the calendar given. Clocks that do not concern the request come back with
 * `applies: false`. Reaching a done status ends every clock still counting (see `endOnResolution`).
 * Recomputing with a changed calendar moves the due instants of running clocks;
 * outcomes kept with `recordOutcomes` and passed back as `input.recorded` do not change.
 * @throws RangeError when `now` or `createdAt` is not a valid date.
 * @example computePromiseClocks(input).acknowledgement.applies // true
 */
export const computePromiseClocks = (input: PromiseClockInput): PromiseClocks => {
  const spans = toStatusSpans(input.history, input.matchEntry);

  return {
    acknowledgement: endOnResolution(input, spans, acknowledgementClock),
    dispatch: endOnResolution(input, spans, dispatchClock),
    'installer-contact': endOnResolution(input, spans, installerContactClock),
    'installer-silence': endOnResolution(input, spans, installerSilenceClock),
  };
};
