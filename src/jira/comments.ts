import { route } from '@forge/api';

import { type Actor, readJira } from './client';

/** A comment as Jira keeps it, with what decides whether it may drive a customer rule. */
export interface IssueComment {
  id: string;
  authorId: string;
  /** 'atlassian', 'customer' (portal-only) or 'app'. */
  authorAccountType: string;
  /** Visible to the customer: not an internal note. */
  isPublic: boolean;
  created: string;
  updated: string;
}

interface CommentBody {
  id: string;
  author?: { accountId: string; accountType?: string };
  created: string;
  updated?: string;
  jsdPublic?: boolean;
  properties?: { key: string; value?: unknown }[];
}

/** JSM marks internal notes with this comment property as well as with `jsdPublic: false`. */
const internalNoteProperty = 'sd.public.comment';

/**
 * Reads one comment of an issue with its author and visibility. Throws JiraHttpError (404 when
 * the comment or issue is gone).
 */
export const getIssueComment = async (
  as: Actor,
  issueKey: string,
  commentId: string,
): Promise<IssueComment> => {
  const query = new URLSearchParams({ expand: 'properties' });
  const body = await readJira<CommentBody>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment/${commentId}?${query}`, {
      method: 'GET',
    }),
  );
  const markedInternal = (body.properties ?? []).some(
    (property) =>
      property.key === internalNoteProperty &&
      (property.value as { internal?: unknown } | undefined)?.internal === true,
  );

  return {
    id: body.id,
    authorId: body.author?.accountId ?? '',
    authorAccountType: body.author?.accountType ?? 'atlassian',
    isPublic: body.jsdPublic !== false && !markedInternal,
    created: body.created,
    updated: body.updated ?? body.created,
  };
};
