import { composeAskComment } from '../domain/checklist/compose-checklist-comments';
import { addPublicComment } from '../jira/comments';
import { claimOnce, releaseClaim } from '../storage/action-claims';
import { findCustomerRequest } from './explain-request';
import { handBackIfCompleted } from './hand-back-on-checklist';
import {
  evaluateWith,
  loadRequestChecklist,
  type RequestChecklist,
  storeMissingCount,
} from './request-checklist';

/** What the checklist made of an event. */
export interface ChecklistEventOutcome {
  outcome: 'acted' | 'skipped' | 'not-applied';
  reason: string;
}

/** One changed field of an issue update, as the event's changelog names it. */
export interface ChangedField {
  field: string;
  /** The new value's id (an attachment's id, a status id); null when the event does not say. */
  to: string | null;
}

/**
 * An issue update may add a file or move the request: the indexed count is brought up to date;
 * a file that completes the checklist while the request waits hands it back; entering a status
 * that waits on the customer, with the ask-on-waiting rule on, posts one public comment naming
 * what is missing (once per waiting episode). Throws JiraHttpError or ForgeKvsAPIError.
 */
export const applyChecklistToUpdate = async (
  issueKey: string,
  changeId: string,
  changes: readonly ChangedField[],
): Promise<ChecklistEventOutcome> => {
  const attachmentIds = changes
    .filter((change) => change.field.toLowerCase() === 'attachment' && change.to !== null)
    .map((change) => change.to);
  const isStatusChange = changes.some((change) => change.field === 'status');
  if (attachmentIds.length === 0 && !isStatusChange) {
    return { outcome: 'skipped', reason: 'nothing-the-checklist-reads' };
  }
  const checklist = await loadChecklistOf(issueKey);
  if (checklist === null) return { outcome: 'skipped', reason: 'no-checklist' };

  await storeMissingCount(checklist);
  if (isStatusChange) return askOnWaiting(checklist, `update:${changeId}`);

  const content = checklist.content;
  const attachments = content.attachments.filter((file) => !attachmentIds.includes(file.id));
  const before = evaluateWith(
    checklist.items,
    { ...content, attachments },
    checklist.state,
    checklist.request,
    checklist.config,
  );
  return handBackIfCompleted(
    checklist,
    before,
    checklist.evaluated,
    `checklist:update:${changeId}`,
  );
};

const askOnWaiting = async (
  checklist: RequestChecklist,
  eventKey: string,
): Promise<ChecklistEventOutcome> => {
  if (!checklist.config.rules.askOnWaiting.enabled) {
    return { outcome: 'skipped', reason: 'rule-disabled' };
  }
  if (!checklist.waitsOnCustomer) return { outcome: 'skipped', reason: 'not-waiting' };
  const text = composeAskComment(checklist.evaluated, checklist.config.companyName);
  if (text === null) return { outcome: 'skipped', reason: 'nothing-missing' };

  const claimKey = `claim:${checklist.issue.key}:ask:${checklist.statusSinceMs ?? 'initial'}`;
  if (!(await claimOnce(claimKey, eventKey, Date.now()))) {
    return { outcome: 'skipped', reason: 'already-asked' };
  }
  try {
    await addPublicComment('app', checklist.issue.key, text);
  } catch (error) {
    await releaseClaim(claimKey);
    throw error;
  }
  return { outcome: 'acted', reason: 'asked the customer for what is missing' };
};

const loadChecklistOf = async (issueKey: string): Promise<RequestChecklist | null> => {
  const request = await findCustomerRequest(issueKey);
  if (request === null) return null;
  const checklist = await loadRequestChecklist(request);
  return checklist.items.length === 0 ? null : checklist;
};
