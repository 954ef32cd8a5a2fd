import type { PortalGuide } from '../contracts/portal';
import { explainStatus } from '../domain/catalogue/explain-status';
import { fieldServicePreset } from '../domain/catalogue/field-service-preset';
import { type CustomerRequest, getCustomerRequest } from '../jira/customer-requests';
import { toStatusCategory } from '../jira/issues';
import { JiraHttpError } from '../jira/jira-error';
import { loadConfig } from '../storage/config-store';

/**
 * Builds the portal panel's guide for a customer. Returns null when the request does not exist or
 * the caller is neither its reporter nor a participant: such a caller learns nothing about it.
 * Throws JiraHttpError for failures other than "not found".
 */
export const getPortalGuide = async (
  callerId: string | undefined,
  requestKey: string,
): Promise<PortalGuide | null> => {
  if (callerId === undefined) return null;

  // Customers may not hold the permissions this read needs, so the app reads, then checks the
  // caller itself before anything leaves this function.
  const request = await findCustomerRequest(requestKey);
  if (request === null || !isOnRequest(callerId, request)) return null;

  const { config } = await loadConfig(request.projectKey);
  const explanation = explainStatus(
    { name: request.statusName, category: toStatusCategory(request.statusCategory.toLowerCase()) },
    fieldServicePreset,
    config,
  );
  return { requestKey: request.issueKey, companyName: config.companyName, explanation };
};

/** True when the account is the request's reporter or one of its participants. */
export const isOnRequest = (accountId: string, request: CustomerRequest): boolean =>
  request.reporterId === accountId || request.participantIds.includes(accountId);

/** Reads a customer request as the app; null when Jira says it does not exist. */
export const findCustomerRequest = async (issueKey: string): Promise<CustomerRequest | null> => {
  try {
    return await getCustomerRequest('app', issueKey);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};
