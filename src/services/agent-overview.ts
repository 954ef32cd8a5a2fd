import type { AgentOverview, AgentWarningCode } from '../contracts/agent';
import type { SlaView } from '../contracts/promise-clocks';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { explainStatus } from '../domain/catalogue/explain-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { factsThatApply } from '../domain/facts-that-apply';
import { readRequestState } from '../domain/request-state';
import type { RequestSla } from '../jira/customer-requests';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { userHasPermissions } from '../jira/permissions';
import { loadConfig } from '../storage/config-store';
import { toClockViews } from './clock-views';
import { findCustomerRequest } from './explain-request';
import { computeRequestClocks } from './request-clocks';
import { standingOf, transitionTo } from './request-history';
import { requestKindFor } from './request-kind';

/**
 * Builds the agent panel's overview of an issue for the current user at `now`: what the
 * customer reads, the promise clocks, JSM's SLAs, the recorded facts, the facts that apply to a
 * request of its kind, and the app's actions. Returns null when the user is not a service desk agent on it. Throws JiraHttpError.
 */
export const getAgentOverview = async (
  issueKey: string,
  now: Date,
): Promise<AgentOverview | null> => {
  const isAgent = await isAgentOn(issueKey);
  if (!isAgent) return null;

  const issue = await getIssueSnapshot('user', issueKey);
  const request = await findCustomerRequest(issueKey, true);
  const { config } = await loadConfig(issue.projectKey);
  const state = readRequestState(issue.requestState);
  const customerView = explainStatus(
    { name: issue.statusName, category: issue.statusCategory },
    catalogueOf(config),
    config,
    {
      requestTypeId: request?.requestTypeId ?? null,
      isDispatched: state.facts.dispatch !== undefined,
    },
  );
  const { clocks, calendar } = computeRequestClocks(
    issue,
    state,
    config,
    now,
    request?.participantIds ?? [],
  );

  const warnings: AgentWarningCode[] = [];
  if (request === null) warnings.push('NO_REQUEST_TYPE');
  if (customerView.entryId === null) warnings.push('STATUS_NOT_MAPPED');
  if (!calendar.isConfigured) warnings.push('NO_CALENDAR');
  if (isReopenUnreachable(issue, config)) warnings.push('REOPEN_TARGET_UNREACHABLE');

  return {
    issueKey: issue.key,
    projectKey: issue.projectKey,
    warnings,
    customerView,
    recentActions: state.appliedActions
      .slice(-10)
      .reverse()
      .map(({ rule, summary, reason, at, outcome, triggeredAt }) => ({
        rule,
        summary,
        reason,
        at,
        isApplied: outcome === 'applied',
        triggeredAt: triggeredAt ?? null,
      })),
    clocks: toClockViews(clocks, config.clocks, calendar.timeZone),
    slas: (request?.slas ?? []).map(toSlaView),
    calendar,
    facts: state.facts,
    applicableFacts: factsThatApply(requestKindFor(request, config), state.facts),
  };
};

const toSlaView = (sla: RequestSla): SlaView => ({
  name: sla.name,
  state: !sla.isStarted
    ? 'not-started'
    : sla.isBreached
      ? 'breached'
      : sla.isCompleted
        ? 'met'
        : sla.isPaused
          ? 'paused'
          : 'running',
  remaining: sla.remainingFriendly,
  breachAt: sla.breachAt,
});

/** True when the current user is a service desk agent on the issue; a missing issue gives false. */
export const isAgentOn = async (issueKey: string): Promise<boolean> => {
  try {
    return await userHasPermissions(['SERVICEDESK_AGENT'], issueKey);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return false;
    throw error;
  }
};

/**
 * True when the request is resolved and the reopen rule is on, but the workflow offers no way
 * from here to the rule's status: a customer's comment would then leave it resolved.
 */
const isReopenUnreachable = (issue: IssueSnapshot, config: StatusGuideConfig): boolean => {
  const { enabled, targetStatus } = config.rules.reopen;
  if (!enabled || standingOf(issue.statusName, config) !== 'resolved') return false;

  return transitionTo(issue, targetStatus) === undefined;
};
