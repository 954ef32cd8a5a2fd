import type { StatusGuideConfig } from '../domain/config/schema';
import { type AuthorSide, classifyAuthor } from '../domain/rules/classify-author';
import type { IssueComment } from '../jira/comments';
import { getCustomerRequest } from '../jira/customer-requests';
import type { IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { getAppAccountId } from '../jira/myself';
import { isAgentOnIssue } from '../jira/permissions';
import { isKnownAgent, rememberAgent } from '../storage/known-agents';

/**
 * Decides which side wrote a comment, for every comment rule alike, asking Jira only what the
 * cheaper facts leave open: first the admin's lists and the account type (and, for an app listed
 * as a customer proxy, whether it is this app itself), then the agent permission, then
 * participation.
 * Throws JiraHttpError when Jira fails.
 */
export const classifyCommentAuthor = async (
  comment: Pick<IssueComment, 'authorId' | 'authorAccountType'>,
  issue: Pick<IssueSnapshot, 'id' | 'key' | 'projectKey' | 'reporterId'>,
  config: StatusGuideConfig,
): Promise<AuthorSide> => {
  const known = {
    accountId: comment.authorId,
    accountType: comment.authorAccountType,
    isThisApp: false,
    isAgent: false,
    isReporter: issue.reporterId === comment.authorId,
    isParticipant: false,
  };
  const { integrations, installers, customerProxies } = config.accounts;
  const isListed = [...integrations, ...installers, ...customerProxies].includes(comment.authorId);
  if (isListed || comment.authorAccountType === 'app' || comment.authorId === '') {
    const isProxyApp =
      comment.authorAccountType === 'app' && customerProxies.includes(comment.authorId);
    const isThisApp = isProxyApp && (await getAppAccountId()) === comment.authorId;
    return classifyAuthor({ ...known, isThisApp }, config.accounts);
  }

  // A portal-only customer account cannot hold a Jira licence, so it is never an agent.
  if (comment.authorAccountType === 'customer') return classifyAuthor(known, config.accounts);
  const isAgent = await checkAgent(comment.authorId, issue);
  if (isAgent || known.isReporter) {
    return classifyAuthor({ ...known, isAgent }, config.accounts);
  }

  const request = await getCustomerRequest('app', issue.key);
  return classifyAuthor(
    { ...known, isParticipant: request.participantIds.includes(comment.authorId) },
    config.accounts,
  );
};

/** An account Jira no longer knows (deleted, anonymised) holds no permission. */
const checkAgent = async (
  accountId: string,
  issue: Pick<IssueSnapshot, 'id' | 'projectKey'>,
): Promise<boolean> => {
  if (await isKnownAgent(issue.projectKey, accountId)) return true;
  try {
    const isAgent = await isAgentOnIssue(accountId, issue.id);
    if (isAgent) await rememberAgent(issue.projectKey, accountId);
    return isAgent;
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 400 || error.status === 404))
      return false;
    throw error;
  }
};
