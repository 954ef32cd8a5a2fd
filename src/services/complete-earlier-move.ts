import { normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { findRecordedAction, type RequestState } from '../domain/request-state';
import type { TransitionRule } from '../domain/rules/decide-on-comment';
import type { IssueComment } from '../jira/comments';
import type { IssueSnapshot } from '../jira/issues';
import { readClaimHolder } from '../storage/action-claims';
import { markEventHandled } from '../storage/handled-events';
import { type ActionOutcome, recordAction } from './apply-transition-action';
import { episodeClaimKey, standingOf, standingSinceAt, toMs } from './request-history';

const reasons: Record<TransitionRule, string> = {
  reopen: 'The customer commented on the resolved request.',
  'hand-back': 'The customer replied while the request waited on them.',
  'ask-customer': 'An agent asked the customer for what is missing.',
};

/**
 * The request no longer stands where a comment rule acts. If this very comment moved it (its
 * claim stands and the latest move after the comment went from there to the rule's target) but
 * a failure lost the record of that, record it now; otherwise the event is skipped. Returns what
 * became of the event. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const completeEarlierMove = async (
  comment: IssueComment,
  issue: IssueSnapshot,
  state: RequestState,
  config: StatusGuideConfig,
): Promise<ActionOutcome> => {
  const eventKey = `comment:${comment.id}`;
  const notActionable: ActionOutcome = { outcome: 'skipped', reason: 'status-not-actionable' };
  if (findRecordedAction(state, eventKey) !== undefined) {
    return { outcome: 'skipped', reason: 'already-applied' };
  }

  const createdAtMs = toMs(comment.created);
  const move = [...issue.statusChanges].reverse().find((change) => toMs(change.at) >= createdAtMs);
  const from = move?.fromStatusName ?? null;
  if (move === undefined || from === null) return notActionable;
  const standing = standingOf(from, config);
  if (standing === 'other') return notActionable;
  const rule: TransitionRule = standing === 'resolved' ? 'reopen' : 'hand-back';
  const target =
    rule === 'reopen' ? config.rules.reopen.targetStatus : config.rules.handBack.targetStatus;
  const isAtTarget = [move.toStatusName, issue.statusName].every(
    (name) => normaliseStatusName(name) === normaliseStatusName(target),
  );
  if (!isAtTarget) return notActionable;

  const claimKey = episodeClaimKey(
    issue.key,
    rule,
    standingSinceAt(issue, config, standing, createdAtMs),
  );
  if ((await readClaimHolder(claimKey)) !== eventKey) return notActionable;

  await recordAction(
    { ...issue, statusName: from },
    {
      action: { kind: 'transition', rule, toStatus: target, eventKey },
      reason: reasons[rule],
      outcome: { outcome: 'acted', reason: 'moved' },
      summary: `Moved from ${from} to ${target}`,
      triggeredAt: comment.created,
    },
  );
  await markEventHandled(issue.key, eventKey);
  return { outcome: 'acted', reason: 'completed an earlier move that a failure cut short' };
};
