import { route } from '@forge/api';

import type { RequestTypeRef } from '../domain/rules/field-maintenance';
import { type Actor, readJira } from './client';
import { JiraHttpError } from './jira-error';

interface RequestWithType {
  requestType?: { id: string; name: string };
}

/**
 * Reads the request type of a customer request. Returns null when the issue is not a customer
 * request (raised without a request type, so JSM does not know it). Throws JiraHttpError for any
 * other failure.
 */
export const getRequestType = async (
  as: Actor,
  issueKey: string,
): Promise<RequestTypeRef | null> => {
  const query = new URLSearchParams({ expand: 'requestType' });
  try {
    const body = await readJira<RequestWithType>(as, (jira) =>
      jira.requestJira(route`/rest/servicedeskapi/request/${issueKey}?${query}`, {
        method: 'GET',
      }),
    );
    return body.requestType === undefined
      ? null
      : { id: body.requestType.id, name: body.requestType.name };
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};
