import { normaliseStatusName } from '../domain/catalogue/match-status';
import { findRecordedAction, recordAppliedAction } from '../domain/request-state';
import type { FieldMove } from '../domain/rules/field-maintenance';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { performTransition } from '../jira/transitions';
import { logger } from '../observability/logger';
import { claimAction, releaseClaim } from '../storage/action-claims';
import { updateRequestState } from '../storage/request-state-store';
import { transitionTo } from './request-history';

/** The rules that move a request without anyone's comment. */
export type AutomaticRule = 'dispatched' | 'installerFinished' | 'closeResolved';

/** What became of one automatic move. */
export type FieldOutcome =
  | { outcome: 'acted'; reason: string }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'not-applied'; reason: string };

/**
 * Moves the request as `move` says, once: a move already recorded for the same event, or one
 * another delivery holds the claim for in the same status episode, is skipped; a workflow that
 * offers no way to the target is recorded as refused and logged as a warning naming the
 * expected status; a transition refused because someone moved the request first is skipped.
 * `issue` must be freshly read. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError
 * when Jira or storage fails, so the caller may retry.
 */
export const applyFieldMove = async (
  issue: IssueSnapshot,
  rule: AutomaticRule,
  move: FieldMove,
): Promise<FieldOutcome> => {
  const state = issue.requestState;
  const recorded = readRecorded(state, move.eventKey);
  if (recorded) return { outcome: 'skipped', reason: 'already-applied' };

  // Any move of the request changes the number of its status changes, so the key names one
  // episode: concurrent deliveries that saw the same status cannot both move it.
  const claimKey = `field:${rule}:${issue.key}:${String(issue.statusChanges.length)}`;
  const claim = await claimAction(claimKey, move.eventKey, Date.now());
  if (claim === 'taken') return { outcome: 'skipped', reason: 'claimed-by-another-event' };

  const transition = transitionTo(issue, move.toStatus);
  if (!transition) {
    const reason = `the workflow offers no way from ${issue.statusName} to ${move.toStatus}`;
    logger.warn('automatic move not offered by the workflow', {
      rule,
      issueKey: issue.key,
      outcome: 'not-applied',
      expected: move.toStatus,
      reason,
    });
    await recordAutomaticAction(
      issue,
      rule,
      move,
      `Could not move to ${move.toStatus}: ${reason}`,
      false,
    );
    await releaseClaim(claimKey);
    return { outcome: 'not-applied', reason };
  }

  try {
    await performTransition('app', issue.key, transition.id);
  } catch (error) {
    if (!(error instanceof JiraHttpError) || error.status !== 400) throw error;
    const now = await getIssueSnapshot('app', issue.key);
    if (normaliseStatusName(now.statusName) !== normaliseStatusName(issue.statusName)) {
      return { outcome: 'skipped', reason: 'already-moved' };
    }
    throw error;
  }
  await recordAutomaticAction(issue, rule, move, `Moved to ${move.toStatus}`, true);
  return { outcome: 'acted', reason: move.reason };
};

const readRecorded = (stored: unknown, eventKey: string): boolean => {
  const actions = (stored as { appliedActions?: unknown } | null)?.appliedActions;
  if (!Array.isArray(actions)) return false;
  return actions.some(
    (action: { eventKey?: unknown; outcome?: unknown }) =>
      action.eventKey === eventKey && (action.outcome ?? 'applied') === 'applied',
  );
};

/**
 * Remembers on the request what an automatic rule did (or could not do) and why, for
 * idempotency and the agent panel; a record the same event already left is not added twice.
 * Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError when the property cannot be
 * written.
 */
export const recordAutomaticAction = async (
  issue: Pick<IssueSnapshot, 'key' | 'requestState'>,
  rule: string,
  move: Pick<FieldMove, 'eventKey' | 'reason'>,
  summary: string,
  isApplied: boolean,
): Promise<void> => {
  const outcome = isApplied ? 'applied' : 'not-applied';
  const at = new Date().toISOString();

  await updateRequestState(issue.key, issue.requestState, (state) =>
    findRecordedAction(state, move.eventKey, outcome) === undefined
      ? recordAppliedAction(state, {
          eventKey: move.eventKey,
          rule,
          summary,
          reason: move.reason,
          at,
          outcome,
        })
      : null,
  );
};
