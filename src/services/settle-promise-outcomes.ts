import { readRequestState } from '../domain/request-state';
import { getIssueSnapshot } from '../jira/issues';
import { loadConfig } from '../storage/config-store';
import { saveRequestState } from '../storage/request-state-store';
import { computeRequestClocks, storableOutcomes } from './request-clocks';

/** What a status change did to the request's promise outcomes. */
export type SettleOutcome = { outcome: 'recorded' | 'unchanged'; reason: string };

/**
 * Records the promise outcomes a status change settled (a clock met or missed), so that a later
 * calendar change cannot rewrite them. Writes only when something new was settled.
 * Throws JiraHttpError or ForgeKvsAPIError when Jira or storage fails.
 */
export const settlePromiseOutcomes = async (
  issueKey: string,
  projectKey: string,
  now: Date,
): Promise<SettleOutcome> => {
  const { config } = await loadConfig(projectKey);
  const issue = await getIssueSnapshot('app', issueKey);
  const state = readRequestState(issue.requestState);
  const { clocks } = computeRequestClocks(issue, state, config, now, null);

  const outcomes = storableOutcomes(clocks, state);
  const settled = Object.keys(outcomes).filter(
    (kind) =>
      JSON.stringify(outcomes[kind as keyof typeof outcomes]) !==
      JSON.stringify(state.clockOutcomes[kind as keyof typeof outcomes]),
  );
  if (settled.length === 0) return { outcome: 'unchanged', reason: 'no promise settled' };

  await saveRequestState(issue.key, { ...state, clockOutcomes: outcomes });
  return { outcome: 'recorded', reason: `settled: ${settled.join(', ')}` };
};
