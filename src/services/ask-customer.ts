import type { AgentChecklistView } from '../contracts/checklist';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { matchStatus } from '../domain/catalogue/match-status';
import { composeAskComment } from '../domain/checklist/compose-checklist-comments';
import type { StatusGuideConfig } from '../domain/config/schema';
import { recordAppliedAction } from '../domain/request-state';
import type { RuleAction } from '../domain/rules/decide-on-comment';
import { addPublicComment } from '../jira/comments';
import { updateRequestState } from '../storage/request-state-store';
import { loadForAgent } from './agent-checklist';
import { applyTransitionAction } from './apply-transition-action';
import { toAgentView } from './checklist-views';
import { loadRequestChecklist, reloadIssue } from './request-checklist';

/** Why nothing was asked. */
export type AskRefusal = { refusal: 'not-found' } | { refusal: 'nothing-missing' };

/**
 * Asks the customer for what is missing: one public comment naming exactly the missing
 * customer-visible items (agent-only ones never), then a move to the status that waits for the
 * customer unless the request already waits on them. The caller must have checked that the user
 * is an agent on the issue. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const askCustomerForMissing = async (
  issueKey: string,
  now: Date,
): Promise<AgentChecklistView | AskRefusal> => {
  const checklist = await loadForAgent(issueKey);
  if (checklist === null) return { refusal: 'not-found' };
  const text = composeAskComment(checklist.evaluated, checklist.config);
  if (text === null) return { refusal: 'nothing-missing' };

  await addPublicComment('app', checklist.issue.key, text);
  const eventKey = `ask-customer:${now.getTime()}`;
  const waiting = waitingStatusName(checklist.issue.transitions, checklist.config);
  const moved =
    checklist.waitsOnCustomer || waiting === null
      ? null
      : await applyTransitionAction(
          checklist.issue,
          {
            kind: 'transition',
            rule: 'ask-customer',
            toStatus: waiting,
            eventKey,
          } satisfies RuleAction,
          checklist.config,
        );

  const issue = await reloadIssue(checklist.issue.key);
  await updateRequestState(issue.key, issue.requestState, (state) =>
    recordAppliedAction(state, {
      eventKey,
      rule: 'ask-customer',
      summary:
        moved?.outcome === 'acted'
          ? `Asked the customer for what is missing and moved to ${waiting ?? ''}`
          : 'Asked the customer for what is missing',
      reason: 'An agent asked for the missing information.',
      at: now.toISOString(),
    }),
  );
  return toAgentView(await loadRequestChecklist(checklist.request));
};

/** The status an offered transition leads to that waits for the customer's reply, if any. */
const waitingStatusName = (
  transitions: readonly { toStatusName: string }[],
  config: Pick<StatusGuideConfig, 'statusMapping' | 'preset'>,
): string | null => {
  // The catalogue's first entry that waits on the customer is the plain "waiting for you" one.
  const catalogue = catalogueOf(config);
  const waitingId = catalogue.find((entry) => entry.waitsOnCustomer)?.id;
  return (
    transitions.find(
      (t) => matchStatus(t.toStatusName, catalogue, config.statusMapping)?.id === waitingId,
    )?.toStatusName ?? null
  );
};
