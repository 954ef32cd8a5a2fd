import type { ChecklistItem } from '../domain/checklist/checklist-settings-schema';
import { countMissing, evaluateChecklist } from '../domain/checklist/evaluate-checklist';
import { possibleChecklistItems } from '../domain/checklist/request-type-checklist';
import type { StatusGuideConfig } from '../domain/config/schema';
import { getIssueWithContent } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { markEventHandled, wasEventHandled } from '../storage/handled-events';
import { updateRequestState } from '../storage/request-state-store';
import type { ChecklistEventOutcome } from './checklist-on-event';
import { findCustomerRequest } from './explain-request';
import {
  checklistOf,
  fieldIdsOf,
  registrationContextOf,
  requestChecklistItems,
  withMissingCount,
} from './request-checklist';
import { standingOf } from './request-history';

/** A new comment as the comment trigger parsed it, with what its payload says of it. */
export interface ChecklistComment {
  issueKey: string;
  projectKey: string;
  commentId: string;
  /** The request's status when the comment was made, as the event carried it. */
  statusNameAtComment: string | null;
  /** Whether the event announces an edit; null when the payload does not say. */
  isEdit: boolean | null;
  /** The comment's plain text as the payload carried it; null when it carried none. */
  text: string | null;
  /** Who wrote it, as the payload says; null when it does not say. */
  author: { accountId: string; accountType: string } | null;
}

/**
 * Brings the request's indexed missing count up to date after a customer-side public comment
 * that supplies a required item (a registration typed into a reply, say) on a request that
 * neither waits on the customer nor is resolved, so a JQL queue on `missingInformation` follows
 * at once. What the payload and the settings show rules most comments out before Jira is asked:
 * an edit, an app's, an integration's or an installer's comment, and a text that no required
 * item any request type of the project could have (by its id or its name) could be read from
 * cost nothing. Otherwise the issue is read once (a request with nothing missing stops there),
 * then the request (its type and participants), and the count written only when it changed,
 * merged with concurrent writes.
 * Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const refreshChecklistOnComment = async (
  comment: ChecklistComment,
  config: StatusGuideConfig,
): Promise<ChecklistEventOutcome> => {
  if (comment.isEdit === true) return skipped('comment-edited');
  // A reply to a waiting request is the hand-back rule's, a comment on a resolved one the reopen
  // rule's; the checklist refreshes its count when the request next moves.
  const standing =
    comment.statusNameAtComment === null ? null : standingOf(comment.statusNameAtComment, config);
  if (standing !== null && standing !== 'other') return skipped('left-to-the-comment-rules');
  if (comment.author !== null && !mayCountAsCustomer(comment.author, config)) {
    return skipped('author-not-customer');
  }
  // Before the request is read, its request type's id and name are unknown.
  const candidates = possibleChecklistItems(config);
  if (!couldSupply(candidates, comment, config)) return skipped('nothing-the-checklist-reads');
  const eventKey = `checklist:comment:${comment.commentId}`;
  if (await wasEventHandled(comment.issueKey, eventKey)) return skipped('already-applied');

  // The issue first: once nothing is missing, no comment can bring the count lower.
  const read = await readIssue(comment.issueKey, fieldIdsOf(candidates));
  if (read === null) return skipped('issue-deleted');
  if (storedMissingCount(read.issue.requestState) === 0) return skipped('nothing-missing');
  const request = await findCustomerRequest(comment.issueKey);
  if (request === null) return skipped('not-a-request');
  const items = requestChecklistItems(request, config);
  if (!couldSupply(items, comment, config)) return skipped('no-checklist-item-in-the-comment');
  const checklist = checklistOf(request, config, read.issue, read.content);
  const count = countMissing(checklist.evaluated);
  const isChanged = count !== checklist.state.checklist.missingCount;

  if (isChanged) {
    await updateRequestState(checklist.issue.key, checklist.issue.requestState, (state) =>
      withMissingCount(state, count),
    );
  }
  await markEventHandled(comment.issueKey, eventKey);
  return isChanged
    ? { outcome: 'acted', reason: `missing count now ${count}` }
    : skipped('missing-count-unchanged');
};

/** The count last stored on the request; null when none was ever stored. */
const storedMissingCount = (stored: unknown): number | null => {
  const count = (stored as { checklist?: { missingCount?: unknown } } | null)?.checklist
    ?.missingCount;
  return typeof count === 'number' ? count : null;
};

const skipped = (reason: string): ChecklistEventOutcome => ({ outcome: 'skipped', reason });

/** The checklist never reads an app's, an integration's or an installer's words. */
const mayCountAsCustomer = (
  author: NonNullable<ChecklistComment['author']>,
  config: StatusGuideConfig,
): boolean => {
  const { integrations, installers } = config.accounts;
  return (
    author.accountType !== 'app' &&
    !integrations.includes(author.accountId) &&
    !installers.includes(author.accountId)
  );
};

/**
 * Whether the comment alone could supply a required item of these, as the checklist would read
 * it; true when the payload carried no text, since only Jira's copy can then tell.
 */
const couldSupply = (
  items: readonly ChecklistItem[],
  comment: ChecklistComment,
  config: StatusGuideConfig,
): boolean => {
  const required = items.filter((item) => item.required && item.kind !== 'attachment');
  if (required.length === 0) return false;
  if (comment.text === null) return true;

  const content = {
    description: '',
    comments: [{ id: comment.commentId, text: comment.text, created: '' }],
    attachments: [],
    fieldValues: {},
  };
  const context = registrationContextOf(config, comment.projectKey);
  return evaluateChecklist(required, content, {}, context).some((entry) => entry.state === 'found');
};

const readIssue = async (issueKey: string, fieldIds: readonly string[]) => {
  try {
    return await getIssueWithContent('app', issueKey, fieldIds);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};
