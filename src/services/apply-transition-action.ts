import { normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { recordAppliedAction, type RequestState } from '../domain/request-state';
import type { RuleAction } from '../domain/rules/decide-on-comment';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { performTransition } from '../jira/transitions';
import { saveRequestState } from '../storage/request-state-store';
import { isResolvedStatus } from './request-history';

/** What became of one transition: made, refused by the workflow, or overtaken by someone else. */
export type TransitionOutcome =
  | { outcome: 'acted'; reason: string }
  | { outcome: 'not-applied'; reason: string }
  | { outcome: 'skipped'; reason: string };

/**
 * Moves the issue toward the action's status. A workflow that offers no way there gives
 * 'not-applied'; a transition refused because someone moved the request first gives 'skipped'.
 * Throws JiraHttpError for any other failure.
 */
export const applyTransitionAction = async (
  issue: IssueSnapshot,
  action: RuleAction,
  config: StatusGuideConfig,
): Promise<TransitionOutcome> => {
  const wanted = normaliseStatusName(action.toStatus);
  const transition = issue.transitions.find((t) => normaliseStatusName(t.toStatusName) === wanted);
  if (!transition) {
    const reason = `the workflow offers no way from ${issue.statusName} to ${action.toStatus}`;
    return { outcome: 'not-applied', reason };
  }

  try {
    await performTransition('app', issue.key, transition.id);
    return { outcome: 'acted', reason: 'moved' };
  } catch (error) {
    if (!(error instanceof JiraHttpError) || error.status !== 400) throw error;
    const now = await getIssueSnapshot('app', issue.key);
    if (!isResolvedStatus(now.statusName, config))
      return { outcome: 'skipped', reason: 'already-moved' };
    throw error;
  }
};

/**
 * Remembers on the request what the app did (or could not do) and why, for idempotency and for
 * the agent panel. Throws JiraHttpError when the property cannot be written.
 */
export const recordAction = async (
  issue: IssueSnapshot,
  state: RequestState,
  action: RuleAction,
  reason: string,
  outcome: TransitionOutcome,
): Promise<void> => {
  const isMoved = outcome.outcome === 'acted';
  const summary = isMoved
    ? `Moved from ${issue.statusName} to ${action.toStatus}`
    : `Could not move to ${action.toStatus}: ${outcome.reason}`;

  await saveRequestState(
    issue.key,
    recordAppliedAction(state, {
      eventKey: action.eventKey,
      rule: action.rule,
      summary,
      reason,
      at: new Date().toISOString(),
      outcome: isMoved ? 'applied' : 'not-applied',
    }),
  );
};
