import type { CustomerFacts, PortalGuide, PromiseDue } from '../contracts/portal';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { languageOfLocale } from '../domain/catalogue/customer-language';
import { explainStatus } from '../domain/catalogue/explain-status';
import { matchStatus } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import type { ClockKind, PromiseClocks } from '../domain/promises/types';
import type { RequestFacts } from '../domain/request-facts';
import { readRequestState } from '../domain/request-state';
import { isAfterReopenWindow } from '../domain/rules/reopen-window';
import { type CustomerRequest, getCustomerRequest } from '../jira/customer-requests';
import { getIssueSnapshot, type IssueSnapshot, toStatusCategory } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { loadConfig } from '../storage/config-store';
import { computeRequestClocks } from './request-clocks';
import { standingSinceAt, transitionTo } from './request-history';
import { planRequestRoad } from './road-ahead';

/** Which clock keeps the promise of each kind of catalogue promise. */
const clockOfPromise: Record<string, ClockKind> = {
  acknowledge: 'acknowledgement',
  dispatch: 'dispatch',
  'installer-contact': 'installer-contact',
  'installer-silence': 'installer-silence',
};

/**
 * Builds the portal panel's guide for a customer at `now`, in the catalogue language of their
 * locale. Returns null when the request does not exist or the caller is neither its reporter nor
 * a participant: such a caller learns nothing about it. Throws JiraHttpError for failures other
 * than "not found".
 */
export const getPortalGuide = async (
  callerId: string | undefined,
  requestKey: string,
  now: Date,
  locale?: string,
): Promise<PortalGuide | null> => {
  if (callerId === undefined) return null;

  // Customers may not hold the permissions these reads need, so the app reads, then checks the
  // caller itself before anything leaves this function.
  const request = await findCustomerRequest(requestKey);
  if (request === null || !isOnRequest(callerId, request)) return null;

  const { config } = await loadConfig(request.projectKey);
  const issue = await getIssueSnapshot('app', request.issueKey);
  const state = readRequestState(issue.requestState);
  const status = {
    name: request.statusName,
    category: toStatusCategory(request.statusCategory.toLowerCase()),
  };
  // The words promise a reopen only where a comment would really reopen the request now.
  const reopen = { ...config.rules.reopen, enabled: canReopenNow(issue, config, now) };
  const wordingConfig = { ...config, rules: { ...config.rules, reopen } };
  const explanation = explainStatus(status, catalogueOf(config), wordingConfig, {
    requestTypeId: request.requestTypeId,
    isDispatched: state.facts.dispatch !== undefined,
    language: languageOfLocale(locale),
  });
  const { clocks } = computeRequestClocks(issue, state, config, now, request.participantIds);

  const entry = matchStatus(request.statusName, catalogueOf(config), config.statusMapping);
  const clockKind = entry?.promise ? clockOfPromise[entry.promise.kind] : undefined;
  const isKept = clockKind !== undefined && isMet(clocks, clockKind);
  return {
    requestKey: request.issueKey,
    companyName: config.companyName,
    // A promise already kept (a reopened request was acknowledged long ago) is not repeated.
    explanation: isKept ? { ...explanation, promise: null } : explanation,
    promiseDue: clockKind === undefined ? null : dueOf(clocks, clockKind),
    facts: customerFacts(state.facts),
    roadAhead: await planRequestRoad(issue, request, config),
  };
};

/**
 * Whether a customer's comment would reopen the request now: the rule is on, the workflow offers
 * a way to its target from here, and the reopen window (if any) is still open.
 */
const canReopenNow = (issue: IssueSnapshot, config: StatusGuideConfig, now: Date): boolean => {
  const { enabled, targetStatus, windowDays } = config.rules.reopen;
  if (!enabled) return false;

  const isOffered = transitionTo(issue, targetStatus) !== undefined;
  const resolvedAt = standingSinceAt(issue, config, 'resolved');
  const timeZone = config.calendar?.timeZone ?? 'UTC';
  return isOffered && !isAfterReopenWindow(now.getTime(), resolvedAt, windowDays, timeZone);
};

const isMet = (clocks: PromiseClocks, kind: ClockKind): boolean => {
  const clock = clocks[kind];
  return clock.applies && clock.state.kind === 'met';
};

const dueOf = (clocks: PromiseClocks, kind: ClockKind): PromiseDue | null => {
  const clock = clocks[kind];
  if (!clock.applies || clock.state.kind === 'met') return null;
  return { dueAt: clock.dueAt.toISOString(), isOnTrack: clock.state.kind !== 'missed' };
};

/** The recorded facts a customer may see; anything else stays with the agents. */
const customerFacts = (facts: RequestFacts): CustomerFacts => ({
  ...(facts.dispatch ? { dispatchedOn: facts.dispatch.dispatchedOn } : {}),
  ...(facts.dispatch?.carrierReference
    ? { carrierReference: facts.dispatch.carrierReference }
    : {}),
  ...(facts.stockEta ? { stockEta: facts.stockEta } : {}),
  ...(facts.installer ? { installer: facts.installer } : {}),
  ...(facts.holdReason ? { holdReason: facts.holdReason } : {}),
});

/** True when the account is the request's reporter or one of its participants. */
export const isOnRequest = (accountId: string, request: CustomerRequest): boolean =>
  request.reporterId === accountId || request.participantIds.includes(accountId);

/** Reads a customer request as the app; null when Jira says it does not exist. */
export const findCustomerRequest = async (
  issueKey: string,
  withSlas = false,
): Promise<CustomerRequest | null> => {
  try {
    return await getCustomerRequest('app', issueKey, withSlas);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};
