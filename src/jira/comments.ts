import { route } from '@forge/api';

import { type Actor, readJira } from './client';
import { readDocumentText, toDocument } from './document-text';
import { pageSize, readAllPages } from './read-all-pages';

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
  /** The comment's plain text, for the rules to read; never to be logged. */
  text: string;
}

/** A comment as the platform API writes it, alone or in a list. */
export interface CommentBody {
  id: string;
  author?: { accountId: string; accountType?: string };
  created: string;
  updated?: string;
  jsdPublic?: boolean;
  properties?: { key: string; value?: unknown }[];
  /** The text as an Atlassian document. */
  body?: unknown;
}

/** The issue's `comment` field, or a page of the comment list: some comments and their total. */
export interface CommentPage {
  comments?: CommentBody[];
  total?: number;
}

/** JSM marks internal notes with this comment property as well as with `jsdPublic: false`. */
const internalNoteProperty = 'sd.public.comment';

/**
 * Reads a comment as Jira writes it into what the rules need; never throws.
 * @example toIssueComment({ id: '1', created: 'x' }).isPublic // true
 */
export const toIssueComment = (body: CommentBody): IssueComment => {
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
    text: readDocumentText(body.body),
  };
};

/**
 * Returns every comment of an issue, given the `comment` field Jira sent with it: that field
 * alone when it holds them all, else the comment list read page by page, oldest first. An empty
 * list means the issue has no comment the caller may see. Throws JiraHttpError.
 * @remarks Jira embeds at most the latest 100 comments with an issue and says how many there are
 * in `total`, so only a longer conversation costs the extra reads.
 */
export const completeIssueComments = async (
  as: Actor,
  issueKey: string,
  embedded: CommentPage | undefined,
): Promise<IssueComment[]> => {
  const comments = embedded?.comments ?? [];
  if ((embedded?.total ?? comments.length) <= comments.length) {
    return comments.map(toIssueComment);
  }

  const all = await readAllPages(async (startAt) => {
    const query = new URLSearchParams({
      orderBy: 'created',
      startAt: String(startAt),
      maxResults: String(pageSize),
    });
    const body = await readJira<CommentPage>(as, (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment?${query}`, { method: 'GET' }),
    );
    const values = body.comments ?? [];
    return { values, isLast: startAt + values.length >= (body.total ?? 0) };
  });

  return all.map(toIssueComment);
};

/**
 * Adds a plain-text comment the customer sees: no visibility restriction and no internal-note
 * property, so JSM shares it on the portal and notifies the customer. Returns the comment's id.
 * Throws JiraHttpError.
 */
export const addPublicComment = async (
  as: Actor,
  issueKey: string,
  text: string,
): Promise<string> => {
  const body = await readJira<{ id: string }>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
      method: 'POST',
      body: JSON.stringify({ body: toDocument(text) }),
    }),
  );

  return body.id;
};

/**
 * Adds a plain-text internal note: JSM's internal-note property keeps it from the customer and
 * from their notifications. Returns the comment's id. Throws JiraHttpError.
 */
export const addInternalComment = async (
  as: Actor,
  issueKey: string,
  text: string,
): Promise<string> => {
  const properties = [{ key: internalNoteProperty, value: { internal: true } }];
  const body = await readJira<{ id: string }>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
      method: 'POST',
      body: JSON.stringify({ body: toDocument(text), properties }),
    }),
  );

  return body.id;
};
