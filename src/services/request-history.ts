import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { matchStatus, normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { type AuthorSide, classifyAuthor } from '../domain/rules/classify-author';
import type { RequestStanding } from '../domain/rules/decide-on-comment';
import { type AvailableTransition, type IssueSnapshot, normaliseOffset } from '../jira/issues';

/**
 * Where a status leaves a request for the comment rules: resolved, waiting on the customer (any
 * catalogue entry that does, under the admin's mapping too), or neither.
 */
export const standingOf = (statusName: string, config: StatusGuideConfig): RequestStanding => {
  const entry = matchStatus(statusName, catalogueOf(config), config.statusMapping);
  if (entry?.isResolved === true) return 'resolved';
  return entry?.waitsOnCustomer === true ? 'waiting-on-customer' : 'other';
};

/**
 * When the request last came into that standing from another one, at or before `beforeMs` (all
 * history when omitted), in epoch ms; null when its history shows no such move. A move between
 * two statuses of the same standing (Resolved on to Closed) continues the episode rather than
 * starting one, so a reopen window or a waiting episode is not restarted by it.
 */
export const standingSinceAt = (
  issue: IssueSnapshot,
  config: StatusGuideConfig,
  standing: RequestStanding,
  beforeMs = Number.POSITIVE_INFINITY,
): number | null => {
  const moves = issue.statusChanges
    .filter(
      (change) =>
        standingOf(change.toStatusName, config) === standing &&
        (change.fromStatusName === null || standingOf(change.fromStatusName, config) !== standing),
    )
    .map((change) => toMs(change.at))
    .filter((at) => at <= beforeMs);
  return moves.length === 0 ? null : Math.max(...moves);
};

/**
 * An instant as Jira writes it, in epoch milliseconds (NaN when unreadable).
 * @example toMs('2026-12-03T10:00:00.000+1300') // 1764709200000
 */
export const toMs = (instant: string): number => Date.parse(normaliseOffset(instant));

/**
 * When the team first replied where the customer can read it: the earliest public comment whose
 * author the comment rules' classification puts on the agents' side, so the customer side
 * (reporter, portal-only customers, participants the caller names, customer proxies), listed
 * integrations and installers, and every app (this one's notes included) never acknowledge a
 * request. Null when no such comment exists.
 * @remarks Neither the comments nor the settings say whether a licensed account holds the agent
 * permission, and asking Jira per commenter would cost a call on every panel load: a licensed
 * account that is neither the reporter, a named participant nor a listed account is taken for an
 * agent. The issue's comments do not name the request's participants either, so callers that
 * have read the customer request pass its participants as `customerIds`.
 */
export const firstTeamReplyAt = (
  issue: IssueSnapshot,
  config: StatusGuideConfig,
  customerIds: readonly string[] = [],
): Date | null => {
  const replies = issue.comments
    .filter(
      (comment) => comment.isPublic && sideOf(comment, issue, customerIds, config) === 'agent',
    )
    .map((comment) => toMs(comment.created))
    .filter((at) => Number.isFinite(at));

  return replies.length === 0 ? null : new Date(Math.min(...replies));
};

/** The comment author's side from what the comment and the settings already say. */
const sideOf = (
  comment: IssueSnapshot['comments'][number],
  issue: IssueSnapshot,
  customerIds: readonly string[],
  config: StatusGuideConfig,
): AuthorSide => {
  const isReporter = comment.authorId === issue.reporterId;
  const isParticipant = customerIds.includes(comment.authorId);
  const isPresumedAgent =
    comment.authorId !== '' &&
    comment.authorAccountType === 'atlassian' &&
    !isReporter &&
    !isParticipant;

  return classifyAuthor(
    {
      accountId: comment.authorId,
      accountType: comment.authorAccountType,
      isThisApp: false,
      isAgent: isPresumedAgent,
      isReporter,
      isParticipant,
    },
    config.accounts,
  );
};

/**
 * The key under which one rule's action on one episode is claimed: every comment answering the
 * same resolution (or the same wait on the customer) shares it, so at most one of them acts.
 * @example episodeClaimKey('FS-1', 'reopen', 1764709200000) // 'claim:FS-1:reopen:1764709200000'
 */
export const episodeClaimKey = (
  issueKey: string,
  rule: string,
  episodeStartMs: number | null,
): string => `claim:${issueKey}:${rule}:${episodeStartMs ?? 'initial'}`;

/**
 * When the request entered the status it is in now, in epoch ms: its last move there; null when
 * its history shows none (it was created in that status).
 */
export const enteredCurrentStatusAt = (issue: IssueSnapshot): number | null => {
  const wanted = normaliseStatusName(issue.statusName);
  const moves = issue.statusChanges
    .filter((change) => normaliseStatusName(change.toStatusName) === wanted)
    .map((change) => toMs(change.at));
  return moves.length === 0 ? null : Math.max(...moves);
};

/**
 * The key under which one hand-back of one waiting episode is claimed: the episode starts when
 * the request entered the status that waits on the customer, so whatever completes it (the
 * customer's reply, the checklist's last item) shares the key and at most one hands it back.
 * @example handBackClaimKey('FS-4', 1764709200000) // 'claim:FS-4:hand-back:1764709200000'
 */
export const handBackClaimKey = (issueKey: string, waitingSinceMs: number | null): string =>
  episodeClaimKey(issueKey, 'hand-back', waitingSinceMs);

/**
 * The transition Jira offers from the issue's current status to a status of that name, compared
 * without regard to case or spacing; undefined when the workflow offers no way there.
 * @example transitionTo(issue, 'in review')?.toStatusName // 'In Review' where it is offered
 */
export const transitionTo = (
  issue: Pick<IssueSnapshot, 'transitions'>,
  statusName: string,
): AvailableTransition | undefined => {
  const wanted = normaliseStatusName(statusName);
  return issue.transitions.find((t) => normaliseStatusName(t.toStatusName) === wanted);
};
