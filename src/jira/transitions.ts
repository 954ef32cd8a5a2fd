import { route } from '@forge/api';

import { type Actor, callJira } from './client';
import { toDocument } from './document-text';

/**
 * Moves an issue through a transition, adding `publicNote` (when given) as a comment the
 * customer sees in the same call, so the move and its explanation land together or not at all.
 * Throws JiraHttpError (400 when the workflow refuses).
 */
export const performTransition = async (
  as: Actor,
  issueKey: string,
  transitionId: string,
  publicNote?: string,
): Promise<void> => {
  const update =
    publicNote === undefined
      ? {}
      : { update: { comment: [{ add: { body: toDocument(publicNote) } }] } };
  await callJira(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
      method: 'POST',
      body: JSON.stringify({ transition: { id: transitionId }, ...update }),
    }),
  );
};
