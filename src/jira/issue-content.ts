import { route } from '@forge/api';

import { type Actor, readJira } from './client';
import { readDocumentText } from './document-text';
import { pageSize, readAllPages } from './read-all-pages';

/** A comment with its text, for finding the information a request needs. */
export interface CommentWithText {
  id: string;
  authorId: string;
  /** 'atlassian', 'customer' (portal-only) or 'app'. */
  authorAccountType: string;
  isPublic: boolean;
  text: string;
  created: string;
}

/** A file attached to the issue. */
export interface IssueAttachment {
  id: string;
  filename: string;
  mimeType: string;
  created: string;
  /** Who attached it; '' when Jira did not say. */
  authorId: string;
  authorAccountType: string;
}

/** What an issue holds in words and files: description, comments, attachments, chosen fields. */
export interface IssueContent {
  description: string;
  /** Every comment the caller may see, oldest first. */
  comments: CommentWithText[];
  attachments: IssueAttachment[];
  /** The asked-for fields' values as text; an empty or absent field is left out. */
  fieldValues: Record<string, string>;
}

interface CommentBody {
  id: string;
  author?: { accountId?: string; accountType?: string };
  body?: unknown;
  created: string;
  jsdPublic?: boolean;
}

/** The fields of an issue read that a checklist's content comes from, comments aside. */
export type ContentFields = Record<string, unknown> & {
  description?: unknown;
  attachment?: {
    id?: string;
    filename?: string;
    mimeType?: string;
    created?: string;
    author?: { accountId?: string; accountType?: string };
  }[];
};

interface ContentBody {
  fields: ContentFields & { comment?: { comments?: CommentBody[]; total?: number } };
}

/**
 * Reads an issue's description, comments with their text, attachments and the named form fields
 * in one call (plus comment pages when Jira embedded only the latest 100).
 * Throws JiraHttpError (404 when the issue is gone or hidden from the caller).
 */
export const getIssueContent = async (
  as: Actor,
  issueKey: string,
  fieldIds: readonly string[],
): Promise<IssueContent> => {
  const query = new URLSearchParams({
    fields: ['description', 'attachment', 'comment', ...fieldIds].join(','),
  });
  const body = await readJira<ContentBody>(as, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?${query}`, { method: 'GET' }),
  );
  const embedded = body.fields.comment?.comments ?? [];
  const isComplete = (body.fields.comment?.total ?? embedded.length) <= embedded.length;
  const comments = isComplete ? embedded : await readComments(as, issueKey);

  return toIssueContent(body.fields, comments.map(toComment), fieldIds);
};

/**
 * Builds an issue's content from the fields of a read and its comments, already complete.
 * @example toIssueContent({}, [], []).description // ''
 */
export const toIssueContent = (
  fields: ContentFields,
  comments: readonly CommentWithText[],
  fieldIds: readonly string[],
): IssueContent => ({
  description: readDocumentText(fields.description),
  comments: comments.map(({ id, authorId, authorAccountType, isPublic, text, created }) => ({
    id,
    authorId,
    authorAccountType,
    isPublic,
    text,
    created,
  })),
  attachments: (fields.attachment ?? []).map((file) => ({
    id: file.id ?? '',
    filename: file.filename ?? '',
    mimeType: file.mimeType ?? '',
    created: file.created ?? '',
    authorId: file.author?.accountId ?? '',
    authorAccountType: file.author?.accountType ?? 'atlassian',
  })),
  fieldValues: Object.fromEntries(
    fieldIds.flatMap((id) => {
      const text = fieldText(fields[id]);
      return text === '' ? [] : [[id, text]];
    }),
  ),
});

const readComments = (as: Actor, issueKey: string): Promise<CommentBody[]> =>
  readAllPages(async (startAt) => {
    const query = new URLSearchParams({
      orderBy: 'created',
      startAt: String(startAt),
      maxResults: String(pageSize),
    });
    const page = await readJira<{ comments?: CommentBody[]; total?: number }>(as, (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment?${query}`, { method: 'GET' }),
    );
    const values = page.comments ?? [];
    return { values, isLast: startAt + values.length >= (page.total ?? 0) };
  });

const toComment = (comment: CommentBody): CommentWithText => ({
  id: comment.id,
  authorId: comment.author?.accountId ?? '',
  authorAccountType: comment.author?.accountType ?? 'atlassian',
  isPublic: comment.jsdPublic !== false,
  text: readDocumentText(comment.body),
  created: comment.created,
});

/** A form field's value as text: plain values as they are, options by their value, lists joined. */
const fieldText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(fieldText).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const { value: option, displayName, type } = value as Record<string, unknown>;
    if (type === 'doc') return readDocumentText(value);
    if (typeof option === 'string') return option;
    if (typeof displayName === 'string') return displayName;
  }
  return '';
};
