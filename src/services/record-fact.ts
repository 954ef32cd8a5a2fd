import type { AgentOverview } from '../contracts/agent';
import { factsThatApply, whyFactDoesNotApply } from '../domain/facts-that-apply';
import {
  applyFactChange,
  type FactChange,
  type FactProblem,
  factProblemsForRequest,
} from '../domain/request-facts';
import { readRequestState } from '../domain/request-state';
import { getIssueSnapshot } from '../jira/issues';
import { logger } from '../observability/logger';
import { loadConfig } from '../storage/config-store';
import { updateRequestState } from '../storage/request-state-store';
import { getAgentOverview } from './agent-overview';
import { findCustomerRequest } from './explain-request';
import { moveOnDispatch } from './move-on-dispatch';
import { computeRequestClocks, storableOutcomes } from './request-clocks';
import { toMs } from './request-history';
import { requestKindFor } from './request-kind';
import { participantsForReplies } from './request-participants';
import { asTransientFailure } from './transient-failure';

/**
 * Records one fact an agent entered (or clears it) on the request's property, together with any
 * promise outcome it settles, in one write: nothing is half-saved, and a fact another agent
 * saved at the same moment is kept. The caller must have checked that the user is an agent on
 * the issue. A recorded dispatch then moves a field-maintenance request on; if Jira is busy
 * for that move, the fact stays saved and the scheduled sweep makes the move later. Returns the
 * refreshed overview (null if the user lost the agent permission meanwhile). Throws
 * FactRefusedError, saving nothing, for a date at odds with the request (a receipt before it was
 * raised); FactNotApplicableError, saving nothing, for a fact that does not apply to a request of
 * its kind (an installer on a fault report) and was never recorded on it; JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const recordFact = async (
  issueKey: string,
  change: FactChange,
  now: Date,
): Promise<AgentOverview | null> => {
  const issue = await getIssueSnapshot('app', issueKey);
  const problems = factProblemsForRequest(change, new Date(toMs(issue.created)));
  if (problems.length > 0) throw new FactRefusedError(problems);

  const { config } = await loadConfig(issue.projectKey);
  const kind = requestKindFor(await findCustomerRequest(issue.key), config);
  const recorded = readRequestState(issue.requestState).facts;
  if (!factsThatApply(kind, recorded).includes(change.fact)) {
    throw new FactNotApplicableError(whyFactDoesNotApply(change.fact, kind));
  }
  const participantIds = await participantsForReplies(issue, config);

  await updateRequestState(issue.key, issue.requestState, (before) => {
    const withFact = { ...before, facts: applyFactChange(before.facts, change) };
    const { clocks } = computeRequestClocks(issue, withFact, config, now, participantIds);
    return { ...withFact, clockOutcomes: storableOutcomes(clocks, withFact) };
  });
  if (change.fact === 'dispatch' && change.value !== null) await moveAfterDispatch(issue.key);
  return getAgentOverview(issueKey, now);
};

/** A fact that is valid on its own but not for this request; nothing was saved. */
export class FactRefusedError extends Error {
  override readonly name = 'FactRefusedError';

  constructor(readonly problems: FactProblem[]) {
    super(`The fact does not fit the request: ${problems.map((p) => p.path).join(', ')}`);
  }
}

/** A fact that does not apply to a request of this kind; the message says where it applies. */
export class FactNotApplicableError extends Error {
  override readonly name = 'FactNotApplicableError';
}

const moveAfterDispatch = async (issueKey: string): Promise<void> => {
  try {
    const result = await moveOnDispatch(issueKey);
    logger.info('dispatch recorded', { rule: 'dispatched', issueKey, ...result });
  } catch (error) {
    if (asTransientFailure(error) === null) throw error;
    logger.warn('dispatch recorded; the move waits for the sweep', {
      rule: 'dispatched',
      issueKey,
      outcome: 'deferred',
      error,
    });
  }
};
