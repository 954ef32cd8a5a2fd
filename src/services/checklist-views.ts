import type {
  AgentChecklistView,
  ChecklistEvidenceView,
  CustomerChecklistView,
} from '../contracts/checklist';
import {
  countMissing,
  customerItems,
  type EvaluatedItem,
  type ItemEvidence,
} from '../domain/checklist/evaluate-checklist';
import { normaliseOffset } from '../jira/issues';
import type { RequestChecklist } from './request-checklist';

/**
 * The checklist as a customer may see it: customer-visible items only, without values or where
 * they were found, so nothing the team keeps to itself reaches the browser. A resolved request
 * lists no items.
 */
export const toCustomerView = (checklist: RequestChecklist): CustomerChecklistView => {
  // A resolved request needs nothing more from the customer; a new comment reopens it instead.
  const isResolved = checklist.issue.statusCategory === 'done';
  const visible = isResolved ? [] : customerItems(checklist.evaluated);
  return {
    items: visible.map(({ item, state }) => ({
      id: item.id,
      label: item.label,
      helpText: item.helpText,
      kind: item.kind,
      required: item.required,
      state: state === 'not-needed' ? 'not-needed' : state === 'missing' ? 'missing' : 'supplied',
      imagesOnly: item.imagesOnly,
    })),
    waitsOnCustomer: checklist.waitsOnCustomer,
    isComplete: countMissing(visible) === 0,
  };
};

/** The checklist as an agent sees it: every item, its value and where it was found. */
export const toAgentView = (checklist: RequestChecklist): AgentChecklistView => ({
  items: checklist.evaluated.map(({ item, state, value, evidence }) => ({
    id: item.id,
    label: item.label,
    helpText: item.helpText,
    kind: item.kind,
    required: item.required,
    visibility: item.visibility,
    state,
    value,
    evidence: evidence === null ? null : toEvidenceView(evidence),
  })),
  missingCount: countMissing(checklist.evaluated),
  waitsOnCustomer: checklist.waitsOnCustomer,
  // A resolved request asks the customer for nothing more.
  askableCount:
    checklist.issue.statusCategory === 'done' ? 0 : askableItems(checklist.evaluated).length,
});

/** The missing items "Ask the customer" lists: customer-visible ones only. */
export const askableItems = (evaluated: readonly EvaluatedItem[]): EvaluatedItem[] =>
  customerItems(evaluated).filter((entry) => entry.state === 'missing');

/** Jira writes "+1300"; the browser reads ISO instants. */
const toEvidenceView = (evidence: ItemEvidence): ChecklistEvidenceView =>
  'at' in evidence
    ? { ...evidence, at: new Date(Date.parse(normaliseOffset(evidence.at))).toISOString() }
    : evidence;
