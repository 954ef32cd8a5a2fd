import { readDocumentText } from './document-text';

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
