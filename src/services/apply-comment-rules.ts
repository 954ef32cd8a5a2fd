import { normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import {
  appliedEventKeys,
  findRecordedAction,
  readRequestState,
  type RequestState,
} from '../domain/request-state';
import { decideOnComment, type RuleAction } from '../domain/rules/decide-on-comment';
import { getIssueComment, type IssueComment } from '../jira/comments';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { claimAction, readClaimHolder, releaseClaim } from '../storage/action-claims';
import { loadConfig } from '../storage/config-store';
import { applyTransitionAction, recordAction } from './apply-transition-action';
import { classifyCommentAuthor } from './classify-comment-author';
import { postReopenNote } from './post-reopen-note';
import { isResolvedStatus, lastResolvedAt, reopenClaimKey, toMs } from './request-history';

/** A comment event as the trigger parsed it. */
export interface CommentEvent {
  issueKey: string;
  projectKey: string;
  /** The request's status when the comment was made, as the event carried it. */
  statusNameAtComment: string | null;
  commentId: string;
  /** Whether the event announces an edit; null when the payload does not say. */
  isEdit: boolean | null;
}

/** What became of an event: acted on, skipped (with why), or an action the workflow refused. */
export type CommentOutcome =
  | { outcome: 'acted'; reason: string }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'not-applied'; reason: string };

/**
 * Applies the status rules to one comment event. Everything it decides on is read from Jira
 * again (the comment, its author, the status and its history), and the action is claimed in
 * storage before it is applied, so late, repeated and concurrent deliveries act at most once; a
 * reopen the workflow refused gives its claim back once recorded, so a later comment may try
 * again. A reopen also posts the customer one public note about it.
 * Throws JiraHttpError or ForgeKvsAPIError when Jira or storage fails.
 */
export const applyCommentRules = async (event: CommentEvent): Promise<CommentOutcome> => {
  if (event.isEdit === true) return { outcome: 'skipped', reason: 'comment-edited' };

  const { config } = await loadConfig(event.projectKey);
  if (!config.rules.reopen.enabled) return { outcome: 'skipped', reason: 'rule-disabled' };
  if (event.statusNameAtComment !== null && !isResolvedStatus(event.statusNameAtComment, config)) {
    return { outcome: 'skipped', reason: 'status-not-resolved' };
  }

  const comment = await findComment(event);
  if (comment === null) return { outcome: 'skipped', reason: 'comment-deleted' };
  const issue = await getIssueSnapshot('app', event.issueKey);
  const state = readRequestState(issue.requestState);
  if (!isResolvedStatus(issue.statusName, config)) {
    return completeEarlierAttempt(comment, issue, state, config);
  }

  const isNew = event.isEdit === false || comment.updated === comment.created;
  const authorSide =
    comment.isPublic && isNew ? await classifyCommentAuthor(comment, issue, config) : 'other';
  const decision = decideOnComment(
    {
      commentId: comment.id,
      createdAtMs: toMs(comment.created),
      isNew,
      isPublic: comment.isPublic,
      authorSide,
    },
    {
      issueKey: issue.key,
      statusName: issue.statusName,
      isResolved: true,
      resolvedSinceMs: lastResolvedAt(issue, config),
      appliedEventKeys: appliedEventKeys(state),
    },
    config,
  );
  if (decision.outcome === 'skip') return { outcome: 'skipped', reason: decision.reason };

  for (const action of decision.actions) {
    const outcome = await claimAndApply(comment, issue, action, decision.reason, config);
    if (outcome.outcome !== 'acted') return outcome;
  }
  return { outcome: 'acted', reason: decision.reason };
};

const claimAndApply = async (
  comment: IssueComment,
  issue: IssueSnapshot,
  action: RuleAction,
  reason: string,
  config: StatusGuideConfig,
): Promise<CommentOutcome> => {
  const claimKey = reopenClaimKey(issue.key, lastResolvedAt(issue, config, toMs(comment.created)));
  const claim = await claimAction(claimKey, action.eventKey, Date.now());
  if (claim === 'taken') return { outcome: 'skipped', reason: 'claimed-by-another-event' };

  const applied = await applyTransitionAction(issue, action, config);
  if (applied.outcome === 'skipped') return applied;
  const noteId =
    applied.outcome === 'acted'
      ? await postReopenNote(issue.key, claimKey, action.eventKey, config)
      : null;
  await recordAction(issue, action, reason, applied, noteId);

  // A refused reopen gives its claim back, so the customer's next comment may try again.
  if (applied.outcome === 'not-applied') await releaseClaim(claimKey);
  return applied.outcome === 'acted' ? { outcome: 'acted', reason } : applied;
};

/**
 * The request is no longer resolved. If this very event moved it (its claim stands and the
 * status is the rule's target) but a failure lost the record of that, or stopped the note to
 * the customer, finish both now.
 */
const completeEarlierAttempt = async (
  comment: IssueComment,
  issue: IssueSnapshot,
  state: RequestState,
  config: StatusGuideConfig,
): Promise<CommentOutcome> => {
  const eventKey = `comment:${comment.id}`;
  const target = config.rules.reopen.targetStatus;
  const isAtTarget = normaliseStatusName(issue.statusName) === normaliseStatusName(target);
  const recorded = findRecordedAction(state, eventKey);
  if (!isAtTarget || recorded?.noteCommentId !== undefined) {
    return { outcome: 'skipped', reason: 'status-not-resolved' };
  }

  const claimKey = reopenClaimKey(issue.key, lastResolvedAt(issue, config, toMs(comment.created)));
  if ((await readClaimHolder(claimKey)) !== eventKey) {
    return { outcome: 'skipped', reason: 'status-not-resolved' };
  }
  const noteId = await postReopenNote(issue.key, claimKey, eventKey, config);
  if (recorded !== undefined && noteId === null) {
    return { outcome: 'skipped', reason: 'status-not-resolved' };
  }
  const reason = 'The customer commented on the resolved request.';
  const action: RuleAction = { kind: 'transition', rule: 'reopen', toStatus: target, eventKey };
  const asResolved = { ...issue, statusName: lastResolvedName(issue, config) };
  await recordAction(asResolved, action, reason, { outcome: 'acted', reason }, noteId);
  return { outcome: 'acted', reason: 'completed an earlier reopen that a failure cut short' };
};

const lastResolvedName = (issue: IssueSnapshot, config: StatusGuideConfig): string =>
  [...issue.statusChanges].reverse().find((c) => isResolvedStatus(c.toStatusName, config))
    ?.toStatusName ?? 'Resolved';

const findComment = async (event: CommentEvent): Promise<IssueComment | null> => {
  try {
    return await getIssueComment('app', event.issueKey, event.commentId);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};
