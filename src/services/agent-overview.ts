import type { AgentOverview, AgentWarningCode } from '../contracts/agent';
import { explainStatus } from '../domain/catalogue/explain-status';
import { fieldServicePreset } from '../domain/catalogue/field-service-preset';
import { readRequestState } from '../domain/request-state';
import { getIssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { userHasPermissions } from '../jira/permissions';
import { loadConfig } from '../storage/config-store';
import { findCustomerRequest } from './explain-request';

/**
 * Builds the agent panel's overview of an issue for the current user. Returns null when the user
 * is not a service desk agent on it. Throws JiraHttpError when Jira fails.
 */
export const getAgentOverview = async (issueKey: string): Promise<AgentOverview | null> => {
  const isAgent = await isAgentOn(issueKey);
  if (!isAgent) return null;

  const issue = await getIssueSnapshot('user', issueKey);
  const request = await findCustomerRequest(issueKey);
  const { config } = await loadConfig(issue.projectKey);
  const customerView = explainStatus(
    { name: issue.statusName, category: issue.statusCategory },
    fieldServicePreset,
    config,
  );

  const warnings: AgentWarningCode[] = [];
  if (request === null) warnings.push('NO_REQUEST_TYPE');
  if (customerView.entryId === null) warnings.push('STATUS_NOT_MAPPED');

  const recentActions = readRequestState(issue.requestState)
    .appliedActions.slice(-10)
    .reverse()
    .map(({ rule, summary, reason, at }) => ({ rule, summary, reason, at }));

  return {
    issueKey: issue.key,
    projectKey: issue.projectKey,
    warnings,
    customerView,
    recentActions,
  };
};

/** A missing issue answers like one the user may not see: no agent permission on it. */
const isAgentOn = async (issueKey: string): Promise<boolean> => {
  try {
    return await userHasPermissions(['SERVICEDESK_AGENT'], issueKey);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return false;
    throw error;
  }
};
