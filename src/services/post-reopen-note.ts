import type { StatusGuideConfig } from '../domain/config/schema';
import { composeReopenNote } from '../domain/rules/reopen-note';
import { addPublicComment } from '../jira/comments';
import { claimOnce, releaseClaim } from '../storage/action-claims';

/**
 * Tells the customer in a public comment that their comment reopened the request. The note is
 * claimed in storage under the reopen's own claim key first, so duplicate and concurrent
 * deliveries post it at most once. Returns the note's comment id, or null when another delivery
 * claimed it. Throws JiraHttpError or ForgeKvsAPIError; a failed post gives the claim back, so a
 * retry of the event may post it.
 */
export const postReopenNote = async (
  issueKey: string,
  reopenClaimKey: string,
  eventKey: string,
  config: StatusGuideConfig,
): Promise<string | null> => {
  const claimKey = `${reopenClaimKey}:note`;
  if (!(await claimOnce(claimKey, eventKey, Date.now()))) return null;

  try {
    return await addPublicComment('app', issueKey, composeReopenNote(config));
  } catch (error) {
    await releaseClaim(claimKey);
    throw error;
  }
};
