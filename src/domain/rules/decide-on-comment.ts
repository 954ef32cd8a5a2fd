import type { StatusGuideConfig } from '../config/schema';
import type { AuthorSide } from './classify-author';
import { isAutomaticReply } from './is-automatic-reply';
import { isPlainThankYou } from './is-plain-thank-you';
import { isAfterReopenWindow } from './reopen-window';

/** The facts of a comment event, as re-read from Jira rather than trusted from the payload. */
export interface CommentFacts {
  commentId: string;
  /** When the comment was written, in epoch milliseconds. */
  createdAtMs: number;
  /** False when the event is an edit of an existing comment. */
  isNew: boolean;
  /** Customer-visible (a reply to the customer), as opposed to an internal note. */
  isPublic: boolean;
  authorSide: AuthorSide;
  /** The comment's plain text; read for the thank-you and auto-reply checks only, never logged. */
  text: string;
}

/** Where a request stands for the comment rules. */
export type RequestStanding = 'resolved' | 'waiting-on-customer' | 'other';

/** The facts of the request the comment was made on. */
export interface RequestFacts {
  issueKey: string;
  statusName: string;
  standing: RequestStanding;
  /** When the request last entered its current standing (epoch ms), or null when not known. */
  standingSinceMs: number | null;
  /** Keys of events whose actions were already applied to this request. */
  appliedEventKeys: readonly string[];
}

/** A rule that moves the request. */
export type TransitionRule = 'reopen' | 'hand-back' | 'ask-customer';

/** A rule that only leaves a note. */
export type NoteRule = 'thank-you' | 'after-window';

/** One change the app is to make to a request. */
export type RuleAction =
  | {
      kind: 'transition';
      rule: TransitionRule;
      toStatus: string;
      /** Key remembered once applied, so a repeated delivery does nothing. */
      eventKey: string;
    }
  | { kind: 'note'; rule: NoteRule; visibility: 'public' | 'internal'; eventKey: string };

/** A decision: what to do, or why nothing is to be done. */
export type RuleDecision =
  | { outcome: 'act'; actions: RuleAction[]; reason: string }
  | { outcome: 'skip'; reason: SkipReason };

/** Why an event leads to no action; logged as is. */
export type SkipReason =
  | 'comment-edited'
  | 'comment-internal'
  | 'author-not-customer'
  | 'rule-disabled'
  | 'status-not-actionable'
  | 'superseded'
  | 'already-applied'
  | 'auto-reply';

/**
 * Decides what a comment leads to under the configured rules. Pure: the same facts always give
 * the same decision. Only a new, public comment by the customer side acts: on a resolved request
 * it reopens it (or, after the reopen window, leaves a public note inviting a new request; or,
 * for a plain thank-you with that option on, an internal note for the team); on a request that
 * waits on the customer it hands the request back to the team. An automatic reply (out of office)
 * never acts. Returns `skip` with the first reason that rules the comment out.
 */
export const decideOnComment = (
  comment: CommentFacts,
  request: RequestFacts,
  config: Pick<StatusGuideConfig, 'rules'> & { calendar?: { timeZone: string } | null },
): RuleDecision => {
  const eventKey = `comment:${comment.commentId}`;

  if (!comment.isNew) return skip('comment-edited');
  if (!comment.isPublic) return skip('comment-internal');
  if (comment.authorSide !== 'customer') return skip('author-not-customer');
  if (request.standing === 'other') return skip('status-not-actionable');
  // A comment older than the current episode was seen by the team before the status was set.
  if (request.standingSinceMs !== null && comment.createdAtMs < request.standingSinceMs) {
    return skip('superseded');
  }
  if (request.appliedEventKeys.includes(eventKey)) return skip('already-applied');
  // An out-of-office reply to the app's own note would otherwise reopen or hand back the request.
  if (isAutomaticReply(comment.text)) return skip('auto-reply');

  return request.standing === 'resolved'
    ? decideOnResolved(comment, request, config, eventKey)
    : decideOnWaiting(config, eventKey);
};

const decideOnResolved = (
  comment: CommentFacts,
  request: RequestFacts,
  config: Pick<StatusGuideConfig, 'rules'> & { calendar?: { timeZone: string } | null },
  eventKey: string,
): RuleDecision => {
  const { reopen } = config.rules;
  if (!reopen.enabled) return skip('rule-disabled');

  // A plain thank-you gets the team's internal note whenever it comes: inviting a customer who
  // only said thanks to raise a new request would answer a question nobody asked.
  if (reopen.thankYouKeepsResolved && isPlainThankYou(comment.text, reopen.thankYouPhrases)) {
    return act(
      { kind: 'note', rule: 'thank-you', visibility: 'internal', eventKey },
      'The customer only said thanks on the resolved request.',
    );
  }
  const { windowDays } = reopen;
  const timeZone = config.calendar?.timeZone ?? 'UTC';
  if (isAfterReopenWindow(comment.createdAtMs, request.standingSinceMs, windowDays, timeZone)) {
    return act(
      { kind: 'note', rule: 'after-window', visibility: 'public', eventKey },
      `The customer wrote after the reopen window of ${windowDays} days.`,
    );
  }
  return act(
    { kind: 'transition', rule: 'reopen', toStatus: reopen.targetStatus, eventKey },
    'The customer commented on the resolved request.',
  );
};

const decideOnWaiting = (
  { rules: { handBack } }: Pick<StatusGuideConfig, 'rules'>,
  eventKey: string,
): RuleDecision => {
  if (!handBack.enabled) return skip('rule-disabled');
  return act(
    { kind: 'transition', rule: 'hand-back', toStatus: handBack.targetStatus, eventKey },
    'The customer replied while the request waited on them.',
  );
};

const skip = (reason: SkipReason): RuleDecision => ({ outcome: 'skip', reason });

const act = (action: RuleAction, reason: string): RuleDecision => ({
  outcome: 'act',
  actions: [action],
  reason,
});
