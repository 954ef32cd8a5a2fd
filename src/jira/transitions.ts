import { route } from '@forge/api';

import { type Actor, callJira } from './client';

/** Moves an issue through a transition. Throws JiraHttpError (400 when the workflow refuses). */
export const performTransition = async (
  as: Actor,
  issueKey: string,
  transitionId: string,
): Promise<void> => {
  await callJira(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
      method: 'POST',
      body: JSON.stringify({ transition: { id: transitionId } }),
    }),
  );
};
