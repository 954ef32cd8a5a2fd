import { route } from '@forge/api';

import { type Actor, callJira, readJira } from './client';
import { JiraHttpError } from './jira-error';

/**
 * Reads an issue property's JSON value; null when the property (or the issue) is not there.
 * Throws JiraHttpError for any other failure.
 */
export const getIssueProperty = async (
  as: Actor,
  issueKey: string,
  propertyKey: string,
): Promise<unknown> => {
  try {
    const body = await readJira<{ value?: unknown }>(as, (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`, {
        method: 'GET',
      }),
    );
    return body.value ?? null;
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};

/** Sets an issue property to a JSON value (Jira keeps at most 32 KB). Throws JiraHttpError. */
export const setIssueProperty = async (
  as: Actor,
  issueKey: string,
  propertyKey: string,
  value: unknown,
): Promise<void> => {
  await callJira(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`, {
      method: 'PUT',
      body: JSON.stringify(value),
    }),
  );
};
