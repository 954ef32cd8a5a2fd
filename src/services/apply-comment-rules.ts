import type { StatusGuideConfig } from '../domain/config/schema';
import { appliedEventKeys, readRequestState, type RequestState } from '../domain/request-state';
import {
  decideOnComment,
  type RequestStanding,
  type RuleAction,
} from '../domain/rules/decide-on-comment';
import { composeReopenNote } from '../domain/rules/reopen-note';
import { composeAfterWindowNote, composeThankYouNote } from '../domain/rules/rule-notes';
import type { IssueComment } from '../jira/comments';
import { getCustomerRequest } from '../jira/customer-requests';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { claimAction, releaseClaim } from '../storage/action-claims';
import { loadConfig } from '../storage/config-store';
import { markEventHandled, wasEventHandled } from '../storage/handled-events';
import { applyNoteAction, type NoteAction } from './apply-note-action';
import {
  type ActionOutcome,
  applyTransitionAction,
  recordAction,
  type TransitionAction,
} from './apply-transition-action';
import { classifyCommentAuthor } from './classify-comment-author';
import { completeEarlierMove } from './complete-earlier-move';
import { episodeClaimKey, standingOf, standingSinceAt, toMs } from './request-history';

/** A comment event as the trigger parsed it. */
export interface CommentEvent {
  issueKey: string;
  projectKey: string;
  /** The request's status when the comment was made, as the event carried it. */
  statusNameAtComment: string | null;
  commentId: string;
  /** Whether the event announces an edit; null when the payload does not say. */
  isEdit: boolean | null;
  /** Who wrote the comment on which issue, as the event says; null when it does not say. */
  writtenBy: {
    authorId: string;
    authorAccountType: string;
    issueId: string;
    reporterId: string | null;
  } | null;
}

/** What became of an event: acted on, skipped (with why), or an action the workflow refused. */
export type CommentOutcome = ActionOutcome;

/**
 * Applies the comment rules (reopen, hand back, the thank-you and after-window notes) to one
 * comment event. What the payload shows is enough to drop most events without asking Jira;
 * everything the rules decide on is then read from Jira again (the comment, its author, the
 * status and its history), and each action is claimed in storage before it is applied, so late,
 * repeated and concurrent deliveries act at most once. A refused move gives its claim back once
 * recorded, so a later comment may try again.
 * Throws JiraHttpError or ForgeKvsAPIError when Jira or storage fails.
 */
export const applyCommentRules = async (event: CommentEvent): Promise<CommentOutcome> => {
  if (event.isEdit === true) return skipped('comment-edited');

  const { config } = await loadConfig(event.projectKey);
  if (event.statusNameAtComment !== null) {
    const standing = standingOf(event.statusNameAtComment, config);
    if (standing === 'other') return skipped('status-not-actionable');
    if (!isRuleOn(standing, config)) return skipped('rule-disabled');
  }
  const eventKey = `comment:${event.commentId}`;
  if (await wasEventHandled(event.issueKey, eventKey)) return skipped('already-applied');
  // A comment's author never changes, so the event's word for it can rule a comment out before
  // the request is read; a customer's comment is then checked against Jira's own copy.
  const earlySide =
    event.writtenBy === null ? null : await classifyFromEvent(event, event.writtenBy, config);
  if (earlySide !== null && earlySide !== 'customer') return skipped('author-not-customer');

  const issue = await readIssue(event.issueKey);
  if (issue === null) return skipped('issue-deleted');
  const comment = findComment(event, issue);
  if (comment === null) return skipped('comment-deleted');
  const state = readRequestState(issue.requestState);
  const standing = standingOf(issue.statusName, config);
  if (standing === 'other') return completeEarlierMove(comment, issue, state, config);

  const isNew = event.isEdit === false || comment.updated === comment.created;
  // Only a verdict the event and Jira's copy agree on is reused: a payload may rule a comment
  // out, never in.
  const isSameAuthor =
    comment.authorId === event.writtenBy?.authorId &&
    comment.authorAccountType === event.writtenBy.authorAccountType;
  const authorSide =
    comment.isPublic && isNew
      ? isSameAuthor && earlySide !== null
        ? earlySide
        : await classifyCommentAuthor(comment, issue, config)
      : 'other';
  const createdAtMs = toMs(comment.created);
  const decision = decideOnComment(
    {
      commentId: comment.id,
      createdAtMs,
      isNew,
      isPublic: comment.isPublic,
      authorSide,
      text: comment.text,
    },
    {
      issueKey: issue.key,
      statusName: issue.statusName,
      standing,
      standingSinceMs: standingSinceAt(issue, config, standing),
      appliedEventKeys: appliedEventKeys(state),
    },
    config,
  );
  if (decision.outcome === 'skip') return skipped(decision.reason);

  const [action] = decision.actions;
  if (action === undefined) return skipped('nothing-to-do');
  const episodeStart = standingSinceAt(issue, config, standing, createdAtMs);
  const outcome =
    action.kind === 'transition'
      ? await claimAndMove(comment, issue, action, decision.reason, config, episodeStart)
      : await claimAndNote(comment, issue, state, action, decision.reason, config, episodeStart);
  if (outcome.outcome !== 'skipped') await markEventHandled(issue.key, eventKey);
  return outcome.outcome === 'acted' ? { outcome: 'acted', reason: decision.reason } : outcome;
};

const classifyFromEvent = (
  event: CommentEvent,
  writtenBy: NonNullable<CommentEvent['writtenBy']>,
  config: StatusGuideConfig,
) =>
  classifyCommentAuthor(
    writtenBy,
    {
      id: writtenBy.issueId,
      key: event.issueKey,
      projectKey: event.projectKey,
      reporterId: writtenBy.reporterId,
    },
    config,
  );

const isRuleOn = (standing: RequestStanding, config: StatusGuideConfig): boolean =>
  standing === 'resolved' ? config.rules.reopen.enabled : config.rules.handBack.enabled;

const claimAndMove = async (
  comment: IssueComment,
  issue: IssueSnapshot,
  action: TransitionAction,
  reason: string,
  config: StatusGuideConfig,
  episodeStart: number | null,
): Promise<ActionOutcome> => {
  const claimKey = episodeClaimKey(issue.key, action.rule, episodeStart);
  const claim = await claimAction(claimKey, action.eventKey, Date.now());
  if (claim === 'taken') return skipped('claimed-by-another-event');

  const note = action.rule === 'reopen' ? composeReopenNote(config) : undefined;
  const outcome = await applyTransitionAction(issue, action, config, note);
  if (outcome.outcome === 'skipped') return outcome;
  const summary =
    outcome.outcome === 'acted'
      ? `Moved from ${issue.statusName} to ${action.toStatus}`
      : `Could not move to ${action.toStatus}: ${outcome.reason}`;
  await recordAction(issue, { action, reason, outcome, summary, triggeredAt: comment.created });

  // A refused move gives its claim back, so the customer's next comment may try again.
  if (outcome.outcome === 'not-applied') await releaseClaim(claimKey);
  return outcome;
};

const noteSummary: Record<NoteAction['rule'], string> = {
  'thank-you': 'Left the team an internal note; the request stays resolved',
  'after-window': 'Asked the customer to raise a new request; the request stays resolved',
};

const claimAndNote = async (
  comment: IssueComment,
  issue: IssueSnapshot,
  state: RequestState,
  action: NoteAction,
  reason: string,
  config: StatusGuideConfig,
  episodeStart: number | null,
): Promise<ActionOutcome> => {
  // The after-window note is sent once per resolution; each plain thank-you gets its own.
  const isAfterWindow = action.rule === 'after-window';
  if (isAfterWindow && wasToldSince(state, episodeStart)) return skipped('customer-already-told');
  const claimKey = isAfterWindow
    ? episodeClaimKey(issue.key, action.rule, episodeStart)
    : `${episodeClaimKey(issue.key, action.rule, episodeStart)}:${comment.id}`;

  const text = isAfterWindow
    ? composeAfterWindowNote(
        config,
        config.rules.reopen.windowDays ?? 0,
        (await getCustomerRequest('app', issue.key)).portalUrl,
      )
    : composeThankYouNote();
  const outcome = await applyNoteAction(issue.key, action, text, claimKey);
  if (outcome.outcome !== 'acted') return outcome;

  await recordAction(issue, {
    action,
    reason,
    outcome,
    summary: noteSummary[action.rule],
    triggeredAt: comment.created,
    ...(outcome.noteCommentId === undefined ? {} : { noteCommentId: outcome.noteCommentId }),
  });
  return outcome;
};

const wasToldSince = (state: RequestState, episodeStart: number | null): boolean =>
  state.appliedActions.some(
    (action: RequestState['appliedActions'][number]) =>
      action.rule === ('after-window' satisfies RuleAction['rule']) &&
      action.outcome === 'applied' &&
      Date.parse(action.at) >= (episodeStart ?? Number.NEGATIVE_INFINITY),
  );

const skipped = (reason: string): ActionOutcome => ({ outcome: 'skipped', reason });

/** The issue as the rules need it; null once it is deleted (or hidden from the app). */
const readIssue = async (issueKey: string): Promise<IssueSnapshot | null> => {
  try {
    return await getIssueSnapshot('app', issueKey);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};

/** The comment as the issue read carried it (the read holds them all); null once deleted. */
const findComment = (event: CommentEvent, issue: IssueSnapshot): IssueComment | null =>
  issue.comments.find((comment) => comment.id === event.commentId) ?? null;
