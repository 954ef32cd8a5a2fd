import type { ClockKind, PromiseClocks, RecordedOutcome, RecordedOutcomes } from './types';

const kinds: readonly ClockKind[] = [
  'acknowledgement',
  'dispatch',
  'installer-contact',
  'installer-silence',
];

/**
 * Returns the outcomes to keep with the request after computing its clocks: a met outcome once
 * recorded never changes; a missed one keeps its due instant until the clock is met; clocks still
 * running record nothing. Pass the result back as `recorded` so a later calendar change (a holiday
 * added after the fact) cannot rewrite a result already shown.
 * @example recordOutcomes({}, clocks).acknowledgement // { kind: 'met', at, dueAt, onTime: true }
 */
export const recordOutcomes = (
  previous: RecordedOutcomes,
  clocks: PromiseClocks,
): RecordedOutcomes => {
  const outcomes: RecordedOutcomes = { ...previous };

  for (const kind of kinds) {
    const clock = clocks[kind];
    if (!clock.applies || previous[kind]?.kind === 'met') continue;

    const { state, dueAt } = clock;
    const outcome: RecordedOutcome | undefined =
      state.kind === 'met'
        ? { kind: 'met', at: state.at, dueAt, onTime: state.onTime }
        : state.kind === 'missed'
          ? { kind: 'missed', dueAt: state.since }
          : previous[kind];
    if (outcome !== undefined) outcomes[kind] = outcome;
  }

  return outcomes;
};
