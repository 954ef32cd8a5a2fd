import type { CustomerChecklistView } from '../contracts/checklist';
import { type AnswerProblem, checkAnswer } from '../domain/checklist/check-answer';
import { composeSuppliedComment } from '../domain/checklist/compose-checklist-comments';
import { countMissing } from '../domain/checklist/evaluate-checklist';
import { fitWithinLimit } from '../domain/request-state';
import { addPublicComment } from '../jira/comments';
import { updateRequestState } from '../storage/request-state-store';
import { toCustomerView } from './checklist-views';
import { findCustomerRequest, isOnRequest } from './explain-request';
import { handBackIfCompleted } from './hand-back-on-checklist';
import {
  evaluateWith,
  loadRequestChecklist,
  type RequestChecklist,
  storeMissingCount,
} from './request-checklist';

/**
 * The request's checklist for a customer, or null when the request does not exist or the caller
 * is neither its reporter nor a participant. Keeps the indexed missing count up to date.
 * Throws JiraHttpError or ForgeKvsAPIError.
 */
export const getCustomerChecklist = async (
  callerId: string | undefined,
  requestKey: string,
): Promise<CustomerChecklistView | null> => {
  const checklist = await loadForCustomer(callerId, requestKey);
  if (checklist === null) return null;

  await storeMissingCount(checklist);
  return toCustomerView(checklist);
};

/** Why a customer's value was not saved. */
export type SupplyRefusal =
  { refusal: 'not-found' } | { refusal: 'invalid'; problem: AnswerProblem; message: string };

/**
 * Saves what a customer typed for one item: checked against its kind (nothing is saved when it
 * fails), kept on the request's property, posted as one public comment so the team sees it in the
 * conversation, and, when it completes the checklist while the request waits on the customer,
 * followed by the hand-back. An agent-only or unknown item is 'not-found', like a request the
 * caller may not see. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const supplyChecklistItem = async (
  callerId: string | undefined,
  requestKey: string,
  itemId: string,
  raw: string,
  now: Date,
): Promise<CustomerChecklistView | SupplyRefusal> => {
  const checklist = await loadForCustomer(callerId, requestKey);
  const item = checklist?.items.find((i) => i.id === itemId && i.visibility === 'customer');
  const isResolved = checklist?.issue.statusCategory === 'done';
  if (checklist === null || item === undefined || isResolved) return { refusal: 'not-found' };
  const { countries, inUse } = checklist.config.checklists.registration;
  const checked = checkAnswer(
    item,
    raw,
    inUse.flatMap((code) => countries[code]?.formats ?? []),
  );
  if (!checked.ok) {
    return { refusal: 'invalid', problem: checked.problem, message: checked.message };
  }

  const at = now.toISOString();
  const answer = { state: 'supplied', value: checked.value, by: 'customer', at } as const;
  const written = await updateRequestState(
    checklist.issue.key,
    checklist.issue.requestState,
    (state) => {
      const answers = { ...state.checklist.answers, [item.id]: answer };
      const after = evaluateWith(
        checklist.items,
        checklist.content,
        { ...state, checklist: { ...state.checklist, answers } },
        checklist.request,
        checklist.config,
      );
      return fitWithinLimit({
        ...state,
        checklist: { answers, missingCount: countMissing(after) },
      });
    },
  );
  const commentId = await addPublicComment(
    'app',
    checklist.issue.key,
    composeSuppliedComment(item.label, checked.value, checklist.config.notes),
  );
  await updateRequestState(checklist.issue.key, null, (state) => {
    const kept = state.checklist.answers[item.id];
    if (kept?.state !== 'supplied' || kept.at !== at) return null;
    return {
      ...state,
      checklist: {
        ...state.checklist,
        answers: { ...state.checklist.answers, [item.id]: { ...kept, commentId } },
      },
    };
  });

  const updated: RequestChecklist = {
    ...checklist,
    state: written ?? checklist.state,
    evaluated: evaluateWith(
      checklist.items,
      checklist.content,
      written ?? checklist.state,
      checklist.request,
      checklist.config,
    ),
  };
  await handBackIfCompleted(
    updated,
    checklist.evaluated,
    updated.evaluated,
    `checklist:panel:${at}`,
  );
  return toCustomerView(await loadRequestChecklist(checklist.request));
};

const loadForCustomer = async (
  callerId: string | undefined,
  requestKey: string,
): Promise<RequestChecklist | null> => {
  if (callerId === undefined) return null;
  const request = await findCustomerRequest(requestKey);
  if (request === null || !isOnRequest(callerId, request)) return null;

  return loadRequestChecklist(request);
};
