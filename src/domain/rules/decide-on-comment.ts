import type { StatusGuideConfig } from '../config/schema';
import type { AuthorSide } from './classify-author';

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
}

/** The facts of the request the comment was made on. */
export interface RequestFacts {
  issueKey: string;
  statusName: string;
  /** The current status maps to the catalogue's resolved entry. */
  isResolved: boolean;
  /** When the request last entered its resolved status (epoch ms), or null when not known. */
  resolvedSinceMs: number | null;
  /** Keys of events whose actions were already applied to this request. */
  appliedEventKeys: readonly string[];
}

/** One change the app is to make to a request. */
export type RuleAction = {
  kind: 'transition';
  rule: 'reopen' | 'hand-back' | 'ask-customer';
  toStatus: string;
  /** Key remembered once applied, so a repeated delivery does nothing. */
  eventKey: string;
};

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
  | 'status-not-resolved'
  | 'superseded'
  | 'already-applied';

/**
 * Decides what a comment leads to under the configured rules. Pure: the same facts always give
 * the same decision. Returns `skip` with the first reason that rules the comment out.
 */
export const decideOnComment = (
  comment: CommentFacts,
  request: RequestFacts,
  config: Pick<StatusGuideConfig, 'rules'>,
): RuleDecision => {
  const eventKey = `comment:${comment.commentId}`;

  if (!comment.isNew) return { outcome: 'skip', reason: 'comment-edited' };
  if (!comment.isPublic) return { outcome: 'skip', reason: 'comment-internal' };
  if (comment.authorSide !== 'customer') return { outcome: 'skip', reason: 'author-not-customer' };
  if (!config.rules.reopen.enabled) return { outcome: 'skip', reason: 'rule-disabled' };
  if (!request.isResolved) return { outcome: 'skip', reason: 'status-not-resolved' };
  // A comment older than the latest resolution was seen by the team before they resolved again.
  if (request.resolvedSinceMs !== null && comment.createdAtMs < request.resolvedSinceMs) {
    return { outcome: 'skip', reason: 'superseded' };
  }
  if (request.appliedEventKeys.includes(eventKey)) {
    return { outcome: 'skip', reason: 'already-applied' };
  }

  return {
    outcome: 'act',
    actions: [
      { kind: 'transition', rule: 'reopen', toStatus: config.rules.reopen.targetStatus, eventKey },
    ],
    reason: 'The customer commented on the resolved request.',
  };
};
