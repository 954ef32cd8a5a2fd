import { normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { findRecordedAction, recordAppliedAction, recordNote } from '../domain/request-state';
import type { RuleAction } from '../domain/rules/decide-on-comment';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { performTransition } from '../jira/transitions';
import { updateRequestState } from '../storage/request-state-store';
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
 * Remembers on the request what the app did (or could not do) and why, with the public note it
 * posted about it (null for none), for idempotency and for the agent panel. An action (or a
 * refusal) another delivery of the same event already recorded is not recorded twice; only a
 * note it lacks is added. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError when
 * the property cannot be written.
 */
export const recordAction = async (
  issue: IssueSnapshot,
  action: RuleAction,
  reason: string,
  outcome: TransitionOutcome,
  noteCommentId: string | null,
): Promise<void> => {
  const isMoved = outcome.outcome === 'acted';
  const summary = isMoved
    ? `Moved from ${issue.statusName} to ${action.toStatus}`
    : `Could not move to ${action.toStatus}: ${outcome.reason}`;
  const at = new Date().toISOString();

  await updateRequestState(issue.key, issue.requestState, (state) => {
    if (!isMoved && findRecordedAction(state, action.eventKey, 'not-applied') !== undefined) {
      return null;
    }

    const earlier = findRecordedAction(state, action.eventKey);
    if (earlier !== undefined) {
      const isNoteMissing = noteCommentId !== null && earlier.noteCommentId === undefined;
      return isNoteMissing ? recordNote(state, action.eventKey, noteCommentId) : null;
    }
    return recordAppliedAction(state, {
      eventKey: action.eventKey,
      rule: action.rule,
      summary,
      reason,
      at,
      outcome: isMoved ? 'applied' : 'not-applied',
      ...(noteCommentId === null ? {} : { noteCommentId }),
    });
  });
};
