import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { matchStatus } from '../domain/catalogue/match-status';
import type { ChecklistItem } from '../domain/checklist/checklist-settings-schema';
import {
  countMissing,
  evaluateChecklist,
  type EvaluatedItem,
  type RequestContent,
} from '../domain/checklist/evaluate-checklist';
import type { RegistrationContext } from '../domain/checklist/find-registration';
import { checklistItemsOf } from '../domain/checklist/request-type-checklist';
import type { StatusGuideConfig } from '../domain/config/schema';
import { readRequestState, type RequestState } from '../domain/request-state';
import type { CustomerRequest } from '../jira/customer-requests';
import type { IssueContent } from '../jira/issue-content';
import { getIssueSnapshot, getIssueWithContent, type IssueSnapshot } from '../jira/issues';
import { loadConfig } from '../storage/config-store';
import { updateRequestState } from '../storage/request-state-store';
import { enteredCurrentStatusAt } from './request-history';

/** A request's checklist with everything a decision on it needs. */
export interface RequestChecklist {
  request: CustomerRequest;
  issue: IssueSnapshot;
  config: StatusGuideConfig;
  state: RequestState;
  items: ChecklistItem[];
  content: IssueContent;
  evaluated: EvaluatedItem[];
  /** True when the current status waits on the customer. */
  waitsOnCustomer: boolean;
  /** When the current status was entered (epoch ms); null when the request was created in it. */
  statusSinceMs: number | null;
}

/**
 * Reads a request's checklist as the app: its request type's items (by id, else by name), evaluated against the
 * description, the customer side's public comments, attachments, mapped fields and the answers
 * kept on the request, all from one read of the issue. A request type without items gives an
 * empty checklist. The caller must have checked who may see it.
 * Throws JiraHttpError or ForgeKvsAPIError.
 */
export const loadRequestChecklist = async (request: CustomerRequest): Promise<RequestChecklist> => {
  const { config } = await loadConfig(request.projectKey);
  const items = requestChecklistItems(request, config);
  const { issue, content } = await getIssueWithContent('app', request.issueKey, fieldIdsOf(items));

  return checklistOf(request, config, issue, content);
};

/**
 * The items of a request's checklist, by its request type's id or else its name; [] when it has
 * none.
 */
export const requestChecklistItems = (
  request: Pick<CustomerRequest, 'requestTypeId' | 'requestTypeName'>,
  config: StatusGuideConfig,
): ChecklistItem[] =>
  checklistItemsOf({ id: request.requestTypeId, name: request.requestTypeName }, config);

/**
 * The form fields some item maps, without repeats.
 * @example fieldIdsOf([]) // []
 */
export const fieldIdsOf = (items: readonly ChecklistItem[]): string[] => [
  ...new Set(items.flatMap((item) => item.fieldId ?? [])),
];

/**
 * Evaluates a request's checklist on an issue and its content already read (which must carry the
 * fields the items map). A request type without items gives an empty checklist.
 */
export const checklistOf = (
  request: CustomerRequest,
  config: StatusGuideConfig,
  issue: IssueSnapshot,
  content: IssueContent,
): RequestChecklist => {
  const items = requestChecklistItems(request, config);
  const state = readRequestState(issue.requestState);
  const entry = matchStatus(issue.statusName, catalogueOf(config), config.statusMapping);

  return {
    request,
    issue,
    config,
    state,
    items,
    content,
    evaluated: evaluateWith(items, content, state, request, config),
    waitsOnCustomer: entry?.waitsOnCustomer === true,
    statusSinceMs: enteredCurrentStatusAt(issue),
  };
};

/**
 * Evaluates a checklist on given content and state (for a "what if" without one comment or
 * file, or after a new answer). An empty item list gives [].
 */
export const evaluateWith = (
  items: readonly ChecklistItem[],
  content: IssueContent,
  state: RequestState,
  request: CustomerRequest,
  config: StatusGuideConfig,
): EvaluatedItem[] =>
  evaluateChecklist(
    items,
    toRequestContent(content, request, config),
    state.checklist.answers,
    registrationContextOf(config, request.projectKey),
  );

/** The registration formats in use and the project, as the registration finder reads them. */
export const registrationContextOf = (
  config: StatusGuideConfig,
  projectKey: string,
): RegistrationContext => ({ formats: registrationFormats(config), projectKey });

/**
 * Writes the count of missing required items to the request's property when it changed, so a
 * JQL queue finds requests missing information. Returns the count. Throws like
 * updateRequestState.
 */
export const storeMissingCount = async (checklist: RequestChecklist): Promise<number> => {
  const count = countMissing(checklist.evaluated);
  if (count === checklist.state.checklist.missingCount) return count;

  await updateRequestState(checklist.issue.key, checklist.issue.requestState, (state) =>
    withMissingCount(state, count),
  );
  return count;
};

/**
 * The state with the checklist's missing count set, for a write that may carry other changes;
 * null when the state already holds that count.
 */
export const withMissingCount = (state: RequestState, count: number): RequestState | null =>
  state.checklist.missingCount === count
    ? null
    : { ...state, checklist: { ...state.checklist, missingCount: count } };

/** Reads the request again after a change, as the app. */
export const reloadIssue = (issueKey: string): Promise<IssueSnapshot> =>
  getIssueSnapshot('app', issueKey);

const registrationFormats = (config: StatusGuideConfig): string[] => {
  const { countries, inUse } = config.checklists.registration;
  return [...new Set(inUse.flatMap((code) => countries[code]?.formats ?? []))];
};

/** Only what the customer side wrote counts: never the team's, an integration's or an app's. */
const toRequestContent = (
  content: IssueContent,
  request: CustomerRequest,
  config: StatusGuideConfig,
): RequestContent => {
  const { customerProxies, integrations, installers } = config.accounts;
  const notCustomer = new Set([...integrations, ...installers]);
  const customerSide = new Set([request.reporterId, ...request.participantIds, ...customerProxies]);
  const isCustomerSide = (author: { authorId: string; authorAccountType: string }): boolean =>
    author.authorAccountType !== 'app' &&
    !notCustomer.has(author.authorId) &&
    (customerSide.has(author.authorId) || author.authorAccountType === 'customer');
  const comments = content.comments.filter(
    (comment) => comment.isPublic && isCustomerSide(comment),
  );

  return {
    description: content.description,
    comments: comments.map(({ id, text, created }) => ({ id, text, created })),
    // A file the team attached is not the customer's answer.
    attachments: content.attachments
      .filter(isCustomerSide)
      .map(({ filename, mimeType, created }) => ({ filename, mimeType, created })),
    fieldValues: content.fieldValues,
  };
};
