import type { RequestState } from '../domain/request-state';
import { getIssueSnapshot } from '../jira/issues';
import { loadConfig } from '../storage/config-store';
import { updateRequestState } from '../storage/request-state-store';
import { computeRequestClocks, storableOutcomes } from './request-clocks';
import { participantsForReplies } from './request-participants';

/** What a status change did to the request's promise outcomes. */
export type SettleOutcome = { outcome: 'recorded' | 'unchanged'; reason: string };

/**
 * Records the promise outcomes a status change settled (a clock met or missed), so that a later
 * calendar change cannot rewrite them, and drops those the clocks no longer stand on (a request
 * entering a status again starts a new episode). Writes only when the outcomes changed.
 * Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError when Jira or storage fails.
 */
export const settlePromiseOutcomes = async (
  issueKey: string,
  projectKey: string,
  now: Date,
): Promise<SettleOutcome> => {
  const { config } = await loadConfig(projectKey);
  const issue = await getIssueSnapshot('app', issueKey);
  const participantIds = await participantsForReplies(issue, config);

  let settled: string[] = [];
  const written = await updateRequestState(issue.key, issue.requestState, (state) => {
    const { clocks } = computeRequestClocks(issue, state, config, now, participantIds);
    const outcomes = storableOutcomes(clocks, state);
    settled = newlySettled(outcomes, state);
    return settled.length === 0 ? null : { ...state, clockOutcomes: outcomes };
  });

  if (written === null) return { outcome: 'unchanged', reason: 'no promise settled' };
  return { outcome: 'recorded', reason: `settled: ${settled.join(', ')}` };
};

const newlySettled = (outcomes: RequestState['clockOutcomes'], state: RequestState): string[] =>
  [...new Set([...Object.keys(outcomes), ...Object.keys(state.clockOutcomes)])].filter(
    (kind) =>
      JSON.stringify(outcomes[kind as keyof typeof outcomes]) !==
      JSON.stringify(state.clockOutcomes[kind as keyof typeof outcomes]),
  );
