import { fieldServicePreset } from '../domain/catalogue/field-service-preset';
import { matchStatus, normaliseStatusName } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { readRequestState, recordAppliedAction } from '../domain/request-state';
import { type AuthorSide, classifyAuthor } from '../domain/rules/classify-author';
import { decideOnComment, type RuleAction } from '../domain/rules/decide-on-comment';
import { getCustomerRequest, getRequestComment } from '../jira/customer-requests';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { isAgentOnIssue } from '../jira/permissions';
import { performTransition } from '../jira/transitions';
import { loadConfig } from '../storage/config-store';
import { saveRequestState } from '../storage/request-state-store';

/** A comment event as the trigger parsed it. */
export interface CommentEvent {
  issueId: string;
  issueKey: string;
  projectKey: string;
  /** The request's status when the comment was made, as the event carried it. */
  statusNameAtComment: string | null;
  commentId: string;
  authorId: string;
  authorAccountType: string;
  created: string;
  updated: string;
}

/** What became of an event: acted on, skipped (with why), or an action the workflow refused. */
export type CommentOutcome =
  | { outcome: 'acted'; reason: string }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'not-applied'; reason: string };

/**
 * Applies the status rules to one comment event. Reads everything it decides on from Jira again,
 * so a late or repeated delivery acts at most once. Throws JiraHttpError when Jira fails.
 */
export const applyCommentRules = async (event: CommentEvent): Promise<CommentOutcome> => {
  // An edit re-delivers the comment with a later `updated`; only the first version can act.
  if (event.created !== event.updated) return { outcome: 'skipped', reason: 'comment-edited' };

  const { config } = await loadConfig(event.projectKey);
  if (!config.rules.reopen.enabled) return { outcome: 'skipped', reason: 'rule-disabled' };
  if (event.statusNameAtComment !== null && !isResolvedStatus(event.statusNameAtComment, config)) {
    return { outcome: 'skipped', reason: 'status-not-resolved' };
  }

  const comment = await findComment(event);
  if (comment === null) return { outcome: 'skipped', reason: 'comment-deleted' };
  const issue = await getIssueSnapshot('app', event.issueKey);
  const authorSide = comment.isPublic ? await classifyCommentAuthor(event, issue, config) : 'other';

  const state = readRequestState(issue.requestState);
  const decision = decideOnComment(
    { commentId: event.commentId, isNew: true, isPublic: comment.isPublic, authorSide },
    {
      issueKey: issue.key,
      statusName: issue.statusName,
      isResolved: isResolvedStatus(issue.statusName, config),
      appliedEventKeys: state.appliedActions.map((action) => action.eventKey),
    },
    config,
  );
  if (decision.outcome === 'skip') return { outcome: 'skipped', reason: decision.reason };

  for (const action of decision.actions) {
    const applied = await applyTransition(issue, action);
    if (!applied) {
      return { outcome: 'not-applied', reason: `no transition to "${action.toStatus}"` };
    }
    const at = new Date().toISOString();
    const summary = `Moved from ${issue.statusName} to ${action.toStatus}`;
    await saveRequestState(
      issue.key,
      recordAppliedAction(state, {
        eventKey: action.eventKey,
        rule: action.rule,
        summary,
        reason: decision.reason,
        at,
      }),
    );
  }
  return { outcome: 'acted', reason: decision.reason };
};

const isResolvedStatus = (statusName: string, config: StatusGuideConfig): boolean =>
  matchStatus(statusName, fieldServicePreset, config.statusMapping)?.isResolved === true;

const findComment = async (event: CommentEvent) => {
  try {
    return await getRequestComment('app', event.issueKey, event.commentId);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};

/** Asks Jira only what the cheaper facts leave open: agent permission, then participation. */
const classifyCommentAuthor = async (
  event: CommentEvent,
  issue: IssueSnapshot,
  config: StatusGuideConfig,
): Promise<AuthorSide> => {
  const known = {
    accountId: event.authorId,
    accountType: event.authorAccountType,
    isAgent: false,
    isReporter: issue.reporterId === event.authorId,
    isParticipant: false,
  };
  const withoutLookups = classifyAuthor(known, config.accounts);
  const listed = [
    ...config.accounts.integrations,
    ...config.accounts.installers,
    ...config.accounts.customerProxies,
  ];
  if (event.authorAccountType !== 'atlassian' || listed.includes(event.authorId))
    return withoutLookups;

  const isAgent = await isAgentOnIssue(event.authorId, issue.id);
  if (isAgent || known.isReporter) return classifyAuthor({ ...known, isAgent }, config.accounts);

  const request = await getCustomerRequest('app', issue.key);
  return classifyAuthor(
    { ...known, isParticipant: request.participantIds.includes(event.authorId) },
    config.accounts,
  );
};

/** Transitions the issue to the action's status; false when the workflow offers no way there. */
const applyTransition = async (issue: IssueSnapshot, action: RuleAction): Promise<boolean> => {
  const wanted = normaliseStatusName(action.toStatus);
  const transition = issue.transitions.find((t) => normaliseStatusName(t.toStatusName) === wanted);
  if (!transition) return false;

  await performTransition('app', issue.key, transition.id);
  return true;
};
