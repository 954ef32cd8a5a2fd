import { route } from '@forge/api';

import { type Actor, readJira } from './client';

/**
 * Adds a plain-text note only the team sees: the comment carries JSM's internal-note property,
 * so the portal never shows it and the customer is not notified. Returns the comment's id.
 * Throws JiraHttpError.
 * @remarks The platform's comment resource needs only write:jira-work, where JSM's own request
 * comment resource would need write:servicedesk-request as well.
 */
export const addInternalNote = async (
  as: Actor,
  issueKey: string,
  text: string,
): Promise<string> => {
  const document = {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
  const properties = [{ key: 'sd.public.comment', value: { internal: true } }];
  const body = await readJira<{ id: string }>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
      method: 'POST',
      body: JSON.stringify({ body: document, properties }),
    }),
  );

  return body.id;
};
