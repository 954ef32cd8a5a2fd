import { route } from '@forge/api';

import { type Actor, callJira } from './client';

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
