import { route } from '@forge/api';

import { type Actor, readJira } from './client';
import { type CommentBody, type IssueComment, toIssueComment } from './comments';

/** A comment with its plain text, for rules that read what it says. Never logged. */
export interface CommentWithText extends IssueComment {
  text: string;
}

/**
 * Reads one comment of an issue with its visibility, author and plain text (the document's text
 * nodes, paragraphs apart). Throws JiraHttpError (404 when the comment or issue is gone).
 */
export const getCommentWithText = async (
  as: Actor,
  issueKey: string,
  commentId: string,
): Promise<CommentWithText> => {
  const query = new URLSearchParams({ expand: 'properties' });
  const body = await readJira<CommentBody>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment/${commentId}?${query}`, {
      method: 'GET',
    }),
  );

  return { ...toIssueComment(body), text: plainText(body.body) };
};

/**
 * The text of an Atlassian document (or of a plain string), its blocks apart.
 * @example plainText({ type: 'doc', content: [{ type: 'text', text: 'Done' }] }) // 'Done'
 */
const plainText = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (node === null || typeof node !== 'object') return '';

  const { text, content } = node as { text?: unknown; content?: unknown };
  if (typeof text === 'string') return text;
  return Array.isArray(content) ? content.map(plainText).join(' ') : '';
};
