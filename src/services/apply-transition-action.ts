import type { StatusGuideConfig } from '../domain/config/schema';
import { findRecordedAction, recordAppliedAction, recordNote } from '../domain/request-state';
import type { RuleAction } from '../domain/rules/decide-on-comment';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { performTransition } from '../jira/transitions';
import { updateRequestState } from '../storage/request-state-store';
import { standingOf, toMs, transitionTo } from './request-history';

/** What became of one action: made, refused by the workflow, or overtaken by someone else. */
export type ActionOutcome =
  | { outcome: 'acted'; reason: string }
  | { outcome: 'not-applied'; reason: string }
  | { outcome: 'skipped'; reason: string };

/** A transition action of the comment rules. */
export type TransitionAction = Extract<RuleAction, { kind: 'transition' }>;

/**
 * Moves the issue toward the action's status, with `publicNote` (when given) posted in the same
 * call. A workflow that offers no way there gives 'not-applied' with what was expected; a
 * transition refused because someone moved the request first gives 'skipped'.
 * Throws JiraHttpError for any other failure.
 */
export const applyTransitionAction = async (
  issue: IssueSnapshot,
  action: TransitionAction,
  config: StatusGuideConfig,
  publicNote?: string,
): Promise<ActionOutcome> => {
  const transition = transitionTo(issue, action.toStatus);
  if (!transition) {
    const reason = `the workflow offers no way from ${issue.statusName} to ${action.toStatus}`;
    return { outcome: 'not-applied', reason };
  }

  try {
    await performTransition('app', issue.key, transition.id, publicNote);
    return { outcome: 'acted', reason: 'moved' };
  } catch (error) {
    if (!(error instanceof JiraHttpError) || error.status !== 400) throw error;
    const now = await getIssueSnapshot('app', issue.key);
    if (standingOf(now.statusName, config) !== standingOf(issue.statusName, config)) {
      return { outcome: 'skipped', reason: 'already-moved' };
    }
    throw error;
  }
};

/** What one record says: the action, why, what it led to and when its cause happened. */
export interface ActionRecord {
  action: RuleAction;
  reason: string;
  outcome: ActionOutcome;
  /** What the app did, in words ("Moved from Resolved to In Review"). */
  summary: string;
  /** When the comment that led to it was written, as Jira writes it. */
  triggeredAt: string;
  /** The comment the app posted about it, when known. */
  noteCommentId?: string;
}

/**
 * Remembers on the request what the app did (or could not do) and why, for idempotency and for
 * the agent panel. An action (or a refusal) another delivery of the same event already recorded
 * is not recorded twice; only a note it lacks is added. Throws JiraHttpError, ForgeKvsAPIError or
 * RequestStateBusyError when the property cannot be written.
 */
export const recordAction = async (issue: IssueSnapshot, record: ActionRecord): Promise<void> => {
  const isApplied = record.outcome.outcome === 'acted';
  const { eventKey, rule } = record.action;
  const at = new Date().toISOString();
  const triggeredAt = toIsoOrNull(record.triggeredAt);

  await updateRequestState(issue.key, issue.requestState, (state) => {
    if (!isApplied && findRecordedAction(state, eventKey, 'not-applied') !== undefined) {
      return null;
    }

    const earlier = findRecordedAction(state, eventKey);
    if (earlier !== undefined) {
      const note = record.noteCommentId;
      const isNoteMissing = note !== undefined && earlier.noteCommentId === undefined;
      return isNoteMissing ? recordNote(state, eventKey, note) : null;
    }
    return recordAppliedAction(state, {
      eventKey,
      rule,
      summary: record.summary,
      reason: record.reason,
      at,
      outcome: isApplied ? 'applied' : 'not-applied',
      ...(triggeredAt === null ? {} : { triggeredAt }),
      ...(record.noteCommentId === undefined ? {} : { noteCommentId: record.noteCommentId }),
    });
  });
};

const toIsoOrNull = (instant: string): string | null => {
  const ms = toMs(instant);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
};
