import { composeAskComment } from '../domain/checklist/compose-checklist-comments';
import { addPublicComment } from '../jira/comments';
import { claimOnce, releaseClaim } from '../storage/action-claims';
import { handBackIfCompleted } from './hand-back-on-checklist';
import { evaluateWith, type RequestChecklist } from './request-checklist';

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
 * The ids of the files an issue update added; empty when it added none.
 * @example addedAttachmentIds([{ field: 'Attachment', to: '10001' }]) // ['10001']
 */
export const addedAttachmentIds = (changes: readonly ChangedField[]): string[] =>
  changes.flatMap((change) =>
    change.field.toLowerCase() === 'attachment' && change.to !== null ? [change.to] : [],
  );

/**
 * What an issue update means for a request's checklist, once its missing count is stored: a file
 * that completes the checklist while the request waits hands it back; entering a status that
 * waits on the customer, with the ask-on-waiting rule on, posts one public comment naming what is
 * missing (once per waiting episode). Throws JiraHttpError or ForgeKvsAPIError.
 */
export const applyChecklistToUpdate = async (
  checklist: RequestChecklist,
  changeId: string,
  changes: readonly ChangedField[],
): Promise<ChecklistEventOutcome> => {
  if (changes.some((change) => change.field === 'status')) {
    return askOnWaiting(checklist, `update:${changeId}`);
  }
  const attachmentIds = addedAttachmentIds(changes);
  if (attachmentIds.length === 0) {
    return { outcome: 'skipped', reason: 'nothing-the-checklist-reads' };
  }

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
  const text = composeAskComment(checklist.evaluated, checklist.config);
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
