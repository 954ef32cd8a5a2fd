import { stripQuotedHistory } from '../comment-text/strip-quoted-history';
import type { ChecklistAnswer } from './checklist-answers';
import type { ChecklistItem, ChecklistItemKind } from './checklist-settings-schema';
import { findPhoneOrEmail } from './find-contact';
import { findLocation } from './find-location';
import { findPurchaseOrder } from './find-purchase-order';
import { findRegistration, type RegistrationContext } from './find-registration';
import { findUserList } from './find-user-list';

/** What the request holds that may supply an item; comments are the customer side's, public. */
export interface RequestContent {
  description: string;
  comments: { id: string; text: string; created: string }[];
  attachments: { filename: string; mimeType: string; created: string }[];
  /** Values of the request's form fields the items map, as text; empty fields are left out. */
  fieldValues: Record<string, string>;
}

/** Where an item's value was found, so the agent sees why it is ticked. */
export type ItemEvidence =
  | { source: 'field'; fieldId: string }
  | { source: 'description' }
  | { source: 'comment'; commentId: string; at: string }
  | { source: 'attachment'; filename: string; at: string }
  | { source: 'panel'; at: string }
  | { source: 'agent'; at: string };

/** An item with what is known of it. */
export interface EvaluatedItem {
  item: ChecklistItem;
  /** 'found' by detection, 'supplied' through a panel, 'not-needed' as an agent decided. */
  state: 'missing' | 'found' | 'supplied' | 'not-needed';
  value: string | null;
  evidence: ItemEvidence | null;
}

type Finder = (text: string, registration: RegistrationContext) => string | null;

const finders: Record<Exclude<ChecklistItemKind, 'attachment'>, Finder | null> = {
  text: null,
  registration: findRegistration,
  'phone-or-email': (text) => findPhoneOrEmail(text),
  location: (text) => findLocation(text),
  'user-list': (text) => findUserList(text),
  'purchase-order': (text) => findPurchaseOrder(text),
};

const fromAnswer = (item: ChecklistItem, answer: ChecklistAnswer): EvaluatedItem =>
  answer.state === 'not-needed'
    ? { item, state: 'not-needed', value: null, evidence: { source: 'agent', at: answer.at } }
    : {
        item,
        state: 'supplied',
        value: answer.value ?? null,
        evidence: { source: answer.by === 'customer' ? 'panel' : 'agent', at: answer.at },
      };

const detect = (
  item: ChecklistItem,
  content: RequestContent,
  registration: RegistrationContext,
): EvaluatedItem => {
  const missing: EvaluatedItem = { item, state: 'missing', value: null, evidence: null };
  const fieldValue = item.fieldId === undefined ? undefined : content.fieldValues[item.fieldId];
  if (item.fieldId !== undefined && fieldValue !== undefined && fieldValue.trim() !== '') {
    return {
      item,
      state: 'found',
      value: fieldValue,
      evidence: { source: 'field', fieldId: item.fieldId },
    };
  }

  if (item.kind === 'attachment') {
    const file = [...content.attachments]
      .reverse()
      .find((attachment) => !item.imagesOnly || attachment.mimeType.startsWith('image/'));
    if (file === undefined) return missing;
    const evidence = { source: 'attachment', filename: file.filename, at: file.created } as const;
    return { item, state: 'found', value: file.filename, evidence };
  }

  const find = finders[item.kind];
  if (find === null) return missing;
  // Quoted email history is what someone else wrote, often the app's own ask with its example.
  const inDescription = find(stripQuotedHistory(content.description), registration);
  if (inDescription !== null) {
    return { item, state: 'found', value: inDescription, evidence: { source: 'description' } };
  }
  for (const comment of [...content.comments].reverse()) {
    const value = find(stripQuotedHistory(comment.text), registration);
    if (value === null) continue;
    const evidence = { source: 'comment', commentId: comment.id, at: comment.created } as const;
    return { item, state: 'found', value, evidence };
  }
  return missing;
};

/**
 * Evaluates each item of a checklist, in order: an answer given in a panel (or an agent's
 * decision) wins, then a mapped form field, the description, the latest customer comment that
 * holds it, or (for attachments) the latest fitting file. Quoted email history (">" lines and
 * all after an "On … wrote:" line) is never evidence. An empty checklist gives [].
 * @example evaluateChecklist([], content, {}, registration) // []
 */
export const evaluateChecklist = (
  items: readonly ChecklistItem[],
  content: RequestContent,
  answers: Readonly<Record<string, ChecklistAnswer>>,
  registration: RegistrationContext,
): EvaluatedItem[] =>
  items.map((item) => {
    const answer = answers[item.id];
    return answer === undefined ? detect(item, content, registration) : fromAnswer(item, answer);
  });

/**
 * How many required items are still missing.
 * @example countMissing([]) // 0
 */
export const countMissing = (evaluated: readonly EvaluatedItem[]): number =>
  evaluated.filter((entry) => entry.item.required && entry.state === 'missing').length;

/**
 * The items a customer may see; agent-only items never leave the app toward a customer.
 * @example customerItems([]) // []
 */
export const customerItems = (evaluated: readonly EvaluatedItem[]): EvaluatedItem[] =>
  evaluated.filter((entry) => entry.item.visibility === 'customer');

/**
 * True when every required item the customer can supply is in (found, supplied or not needed).
 * @example isCompleteForCustomer([]) // true
 */
export const isCompleteForCustomer = (evaluated: readonly EvaluatedItem[]): boolean =>
  countMissing(customerItems(evaluated)) === 0;
