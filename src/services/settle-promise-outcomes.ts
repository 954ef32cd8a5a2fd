import type { StatusGuideConfig } from '../domain/config/schema';
import type { RequestState } from '../domain/request-state';
import type { IssueSnapshot } from '../jira/issues';
import { computeRequestClocks, storableOutcomes } from './request-clocks';

/** The promise outcomes a status change settled, and the state that records them. */
export interface SettledOutcomes {
  /** The state with the new outcomes; null when no outcome changed. */
  state: RequestState | null;
  /** The clocks whose outcome changed, by kind; empty when none did. */
  settled: string[];
}

/**
 * Works out the promise outcomes a status change settled (a clock met or missed), to be recorded
 * so that a later calendar change cannot rewrite them, and drops those the clocks no longer stand
 * on (a request entering a status again starts a new episode). Pure, so a write that lost a race
 * may apply it again to the state it reads afresh.
 */
export const settleOutcomes = (
  issue: IssueSnapshot,
  state: RequestState,
  config: StatusGuideConfig,
  now: Date,
  participantIds: readonly string[],
): SettledOutcomes => {
  const { clocks } = computeRequestClocks(issue, state, config, now, participantIds);
  const outcomes = storableOutcomes(clocks, state);
  const settled = newlySettled(outcomes, state);

  return { state: settled.length === 0 ? null : { ...state, clockOutcomes: outcomes }, settled };
};

const newlySettled = (outcomes: RequestState['clockOutcomes'], state: RequestState): string[] =>
  [...new Set([...Object.keys(outcomes), ...Object.keys(state.clockOutcomes)])].filter(
    (kind) =>
      JSON.stringify(outcomes[kind as keyof typeof outcomes]) !==
      JSON.stringify(state.clockOutcomes[kind as keyof typeof outcomes]),
  );
