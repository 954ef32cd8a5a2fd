import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { matchStatus } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { type IssueSnapshot, normaliseOffset } from '../jira/issues';

/** True when the status maps to the catalogue's resolved entry under this configuration. */
export const isResolvedStatus = (statusName: string, config: StatusGuideConfig): boolean =>
  matchStatus(statusName, catalogueOf(config), config.statusMapping)?.isResolved === true;

/**
 * An instant as Jira writes it, in epoch milliseconds (NaN when unreadable).
 * @example toMs('2026-12-03T10:00:00.000+1300') // 1764709200000
 */
export const toMs = (instant: string): number => Date.parse(normaliseOffset(instant));

/**
 * When the request last entered a resolved status at or before `beforeMs` (all history when
 * omitted), in epoch ms; null when its history shows no such move.
 */
export const lastResolvedAt = (
  issue: IssueSnapshot,
  config: StatusGuideConfig,
  beforeMs = Number.POSITIVE_INFINITY,
): number | null => {
  const moves = issue.statusChanges
    .filter((change) => isResolvedStatus(change.toStatusName, config))
    .map((change) => toMs(change.at))
    .filter((at) => at <= beforeMs);
  return moves.length === 0 ? null : Math.max(...moves);
};

/**
 * When the team first replied where the customer can read it: the earliest public comment by
 * someone other than the reporter, a portal-only customer, an app, an integration or a customer
 * proxy the admin listed. Null when there is none.
 * @remarks The issue's comments do not say who the request's participants are, so a participant
 * with a full Atlassian account would look like the team: callers that have read the customer
 * request pass its participants as `customerIds`.
 */
export const firstTeamReplyAt = (
  issue: IssueSnapshot,
  config: StatusGuideConfig,
  customerIds: readonly string[] = [],
): Date | null => {
  const { integrations, customerProxies } = config.accounts;
  const notTheTeam = new Set([
    issue.reporterId,
    ...customerIds,
    ...integrations,
    ...customerProxies,
    '',
  ]);
  const replies = issue.comments
    .filter(
      (comment) =>
        comment.isPublic &&
        !notTheTeam.has(comment.authorId) &&
        comment.authorAccountType !== 'customer' &&
        comment.authorAccountType !== 'app',
    )
    .map((comment) => toMs(comment.created))
    .filter((at) => Number.isFinite(at));

  return replies.length === 0 ? null : new Date(Math.min(...replies));
};

/**
 * The key under which one reopen of one resolution is claimed: every comment answering the same
 * resolution shares it, so at most one of them reopens the request.
 * @example reopenClaimKey('FS-1', 1764709200000) // 'claim:FS-1:reopen:1764709200000'
 */
export const reopenClaimKey = (issueKey: string, resolvedAtMs: number | null): string =>
  `claim:${issueKey}:reopen:${resolvedAtMs ?? 'initial'}`;
