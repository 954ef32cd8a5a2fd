import { route } from '@forge/api';

import { type Actor, readJira } from './client';

/**
 * Adds a note only the team sees (JSM's internal comment) to a request. Returns the comment's id.
 * Throws JiraHttpError (404 when the issue is not a customer request).
 */
export const addInternalNote = async (
  as: Actor,
  issueKey: string,
  text: string,
): Promise<string> => {
  const body = await readJira<{ id: string }>(as, (jira) =>
    jira.requestJira(route`/rest/servicedeskapi/request/${issueKey}/comment`, {
      method: 'POST',
      body: JSON.stringify({ body: text, public: false }),
    }),
  );

  return body.id;
};
