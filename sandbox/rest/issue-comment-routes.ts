import { SiteError } from '../site/site';
import { browsableIssue } from './issue-routes';
import { platformComment, readText } from './representations';
import { type RouteHandler } from './types';

const notADocument =
  'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

/** The comment property by which JSM marks an internal note. */
const internalNoteProperty = 'sd.public.comment';

interface CommentInput {
  body?: unknown;
  visibility?: unknown;
  properties?: unknown;
}

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/comment with `{ body }` in Atlassian Document Format.
 * As in JSM, the comment is shared with the customer unless it is restricted by `visibility` or
 * carries the internal-note property; the site keeps its text.
 */
export const addIssueComment: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const input = (request.body ?? {}) as CommentInput;
  if (!isDocument(input.body)) throw new SiteError(400, notADocument, { comment: notADocument });

  const isInternal = input.visibility !== undefined || isMarkedInternal(input.properties);
  const comment = site.addComment(
    issue.key,
    request.caller.accountId,
    readText(input.body),
    !isInternal,
  );
  return { status: 201, body: platformComment(site, issue, comment) };
};

const isDocument = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'doc' &&
  Array.isArray((value as { content?: unknown }).content);

const isMarkedInternal = (properties: unknown): boolean =>
  Array.isArray(properties) &&
  properties.some((property: { key?: unknown; value?: { internal?: unknown } } | null) => {
    return property?.key === internalNoteProperty && property.value?.internal === true;
  });
