import type { AgentChecklistView, ChecklistMarkInput } from '../contracts/checklist';
import { checkAnswer } from '../domain/checklist/check-answer';
import type { ChecklistAnswer } from '../domain/checklist/checklist-answers';
import { countMissing } from '../domain/checklist/evaluate-checklist';
import { fitWithinLimit } from '../domain/request-state';
import { updateRequestState } from '../storage/request-state-store';
import { toAgentView } from './checklist-views';
import { findCustomerRequest } from './explain-request';
import {
  evaluateWith,
  loadRequestChecklist,
  type RequestChecklist,
  storeMissingCount,
} from './request-checklist';

/**
 * The request's checklist for an agent (every item, with where each was found); null when the
 * issue is not a customer request. The caller must have checked that the user is an agent on
 * it. Keeps the indexed missing count up to date. Throws JiraHttpError or ForgeKvsAPIError.
 */
export const getAgentChecklist = async (issueKey: string): Promise<AgentChecklistView | null> => {
  const checklist = await loadForAgent(issueKey);
  if (checklist === null) return null;

  await storeMissingCount(checklist);
  return toAgentView(checklist);
};

/** Why an agent's mark was not saved. */
export type MarkRefusal = { refusal: 'not-found' } | { refusal: 'invalid'; message: string };

/**
 * Records an agent's decision on one item: supplied (a value, when given, is checked against the
 * item's kind), not needed, or undone so detection decides again. The caller must have checked
 * that the user is an agent on the issue. Throws JiraHttpError, ForgeKvsAPIError or
 * RequestStateBusyError.
 */
export const markChecklistItem = async (
  issueKey: string,
  mark: ChecklistMarkInput,
  now: Date,
): Promise<AgentChecklistView | MarkRefusal> => {
  const checklist = await loadForAgent(issueKey);
  const item = checklist?.items.find((i) => i.id === mark.itemId);
  if (checklist === null || item === undefined) return { refusal: 'not-found' };

  let answer: ChecklistAnswer | null = null;
  const at = now.toISOString();
  if (mark.mark === 'not-needed') answer = { state: 'not-needed', by: 'agent', at };
  if (mark.mark === 'supplied') {
    const typed = mark.value ?? '';
    const { countries, inUse } = checklist.config.checklists.registration;
    const formats = inUse.flatMap((code) => countries[code]?.formats ?? []);
    const checked = typed.trim() === '' ? null : checkAnswer(item, typed, formats);
    if (checked !== null && !checked.ok) return { refusal: 'invalid', message: checked.message };
    answer = { state: 'supplied', by: 'agent', at, ...(checked ? { value: checked.value } : {}) };
  }

  await updateRequestState(checklist.issue.key, checklist.issue.requestState, (state) => {
    const others = Object.entries(state.checklist.answers).filter(([id]) => id !== item.id);
    const answers = Object.fromEntries(answer === null ? others : [...others, [item.id, answer]]);
    const next = { ...state, checklist: { ...state.checklist, answers } };
    const after = evaluateWith(
      checklist.items,
      checklist.content,
      next,
      checklist.request,
      checklist.config,
    );
    return fitWithinLimit({ ...next, checklist: { answers, missingCount: countMissing(after) } });
  });
  return toAgentView(await loadRequestChecklist(checklist.request));
};

/** Loads the checklist of a customer request as the app; null when the issue is not one. */
export const loadForAgent = async (issueKey: string): Promise<RequestChecklist | null> => {
  const request = await findCustomerRequest(issueKey);
  return request === null ? null : loadRequestChecklist(request);
};
