import type {
  AppliedClock,
  ClockKind,
  PromiseClocks,
  RecordedOutcome,
  RecordedOutcomes,
} from './types';

const kinds: readonly ClockKind[] = [
  'acknowledgement',
  'dispatch',
  'installer-contact',
  'installer-silence',
];

/**
 * Returns the outcomes to keep with the request after computing its clocks: a met outcome once
 * recorded does not change; a missed one keeps its due instant until the clock is met; clocks
 * still running record nothing. An outcome the clock no longer stands on (an earlier episode's,
 * or a met result whose fact was cleared) is dropped or replaced. Pass the result back as
 * `recorded` so a later calendar change (a holiday added after the fact) cannot rewrite a result
 * already shown.
 * @example recordOutcomes({}, clocks).acknowledgement // { kind: 'met', at, dueAt, onTime: true }
 */
export const recordOutcomes = (
  previous: RecordedOutcomes,
  clocks: PromiseClocks,
): RecordedOutcomes => {
  const outcomes: RecordedOutcomes = { ...previous };

  for (const kind of kinds) {
    const clock = clocks[kind];
    if (!clock.applies) continue;

    const standing = clock.isRecordedOutcome ? previous[kind] : undefined;
    const outcome = standing?.kind === 'met' ? standing : (settledOutcome(clock) ?? standing);
    if (outcome === undefined) Reflect.deleteProperty(outcomes, kind);
    else outcomes[kind] = outcome;
  }

  return outcomes;
};

const settledOutcome = (clock: AppliedClock): RecordedOutcome | undefined => {
  const { state, dueAt, restsOn } = clock;

  if (state.kind === 'met') {
    const met = { kind: 'met' as const, at: state.at, dueAt, onTime: state.onTime };
    return restsOn === undefined ? met : { ...met, restsOn };
  }

  return state.kind === 'missed' ? { kind: 'missed', dueAt: state.since } : undefined;
};
