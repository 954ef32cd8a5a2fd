import type { StatusGuideConfig } from '../domain/config/schema';
import type { IssueSnapshot } from '../jira/issues';
import { findCustomerRequest } from './explain-request';
import { firstTeamReplyAt } from './request-history';

/**
 * Returns the participants of the customer request whose public comments could pass for the
 * team's first reply: read from Jira only when some public comment would otherwise count as
 * that reply, so most saves and status changes cost no extra call. Empty when no comment could,
 * or the issue is not a customer request. Throws JiraHttpError for failures other than 404.
 */
export const participantsForReplies = async (
  issue: IssueSnapshot,
  config: StatusGuideConfig,
): Promise<string[]> => {
  if (firstTeamReplyAt(issue, config) === null) return [];

  const request = await findCustomerRequest(issue.key);

  return request?.participantIds ?? [];
};
