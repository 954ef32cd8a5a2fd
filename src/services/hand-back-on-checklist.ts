import {
  customerItems,
  type EvaluatedItem,
  isCompleteForCustomer,
} from '../domain/checklist/evaluate-checklist';
import type { RuleAction } from '../domain/rules/decide-on-comment';
import { claimAction, releaseClaim } from '../storage/action-claims';
import { applyTransitionAction, recordAction } from './apply-transition-action';
import type { RequestChecklist } from './request-checklist';
import { handBackClaimKey } from './request-history';

/** What became of a possible hand-back. */
export type HandBackOutcome =
  | { outcome: 'acted'; reason: string }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'not-applied'; reason: string };

const reason = 'Every required item of the checklist is in.';

/**
 * Hands the request back to the team (the hand-back rule's status) when `after` completes what
 * `before` lacked while the request waits on the customer. The move is claimed per waiting
 * episode (see handBackClaimKey), shared with the comment rule, so the two never both move it;
 * a move the workflow refused gives its claim back. `eventKey` names what completed it.
 * Throws JiraHttpError or ForgeKvsAPIError.
 */
export const handBackIfCompleted = async (
  checklist: RequestChecklist,
  before: readonly EvaluatedItem[],
  after: readonly EvaluatedItem[],
  eventKey: string,
): Promise<HandBackOutcome> => {
  const { config, issue } = checklist;
  if (!config.rules.handBack.enabled) return { outcome: 'skipped', reason: 'rule-disabled' };
  if (!checklist.waitsOnCustomer) return { outcome: 'skipped', reason: 'not-waiting' };
  const hasRequired = customerItems(after).some((entry) => entry.item.required);
  if (!hasRequired || !isCompleteForCustomer(after)) {
    return { outcome: 'skipped', reason: 'checklist-incomplete' };
  }
  if (isCompleteForCustomer(before)) return { outcome: 'skipped', reason: 'already-complete' };

  const claimKey = handBackClaimKey(issue.key, checklist.statusSinceMs);
  const claim = await claimAction(claimKey, eventKey, Date.now());
  if (claim === 'taken') return { outcome: 'skipped', reason: 'claimed-by-another-event' };

  const action: RuleAction = {
    kind: 'transition',
    rule: 'hand-back',
    toStatus: config.rules.handBack.targetStatus,
    eventKey,
  };
  const applied = await applyTransitionAction(issue, action, config);
  if (applied.outcome !== 'skipped') {
    const summary =
      applied.outcome === 'acted'
        ? `Moved from ${issue.statusName} to ${action.toStatus}`
        : `Could not move to ${action.toStatus}: ${applied.reason}`;
    const triggeredAt = new Date().toISOString();
    await recordAction(issue, { action, reason, outcome: applied, summary, triggeredAt });
  }

  // Only a move made keeps the claim: after a refusal, or someone moving the request first, a
  // later completion of the same episode may still hand it back.
  if (applied.outcome !== 'acted') await releaseClaim(claimKey);
  return applied.outcome === 'acted' ? { outcome: 'acted', reason } : applied;
};
