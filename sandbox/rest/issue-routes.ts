import { type Site, SiteError } from '../site/site';
import type { ChangelogEntry, ChangelogItem, SiteIssue, SiteUser } from '../site/types';
import {
  plainTextDocument,
  platformAttachment,
  platformComment,
  platformProject,
  platformStatus,
  platformTransition,
  platformUser,
  readText,
} from './representations';
import { type RouteHandler } from './types';

/** Longest issue property value Jira stores, in bytes of JSON. */
const maxPropertyBytes = 32768;

/** The platform API hides issues from those who may not browse them, as if they did not exist. */
export const browsableIssue = (site: Site, caller: SiteUser, idOrKey: string): SiteIssue => {
  const issue = site.requireIssue(idOrKey);
  const mayBrowse =
    caller.accountType === 'app' ||
    caller.isSiteAdmin ||
    site.isAgent(caller.accountId, issue.projectKey);
  if (!mayBrowse)
    throw new SiteError(404, 'Issue does not exist or you do not have permission to see it.');
  return issue;
};

const listParam = (query: URLSearchParams, name: string): string[] =>
  query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

/** GET /rest/api/3/issue/{issueIdOrKey}: fields, properties and transitions on request. */
export const getIssue: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const wantedFields = listParam(request.query, 'fields');
  const wantedProperties = listParam(request.query, 'properties');
  const expand = listParam(request.query, 'expand');
  const reporter = site.user(issue.reporterId);

  const allFields: Record<string, unknown> = {
    summary: issue.summary,
    description: plainTextDocument(issue.description),
    attachment: (issue.attachments ?? []).map((file) => platformAttachment(site, file)),
    ...issue.customFields,
    status: platformStatus(site, site.status(issue)),
    project: platformProject(site, site.projectOf(issue)),
    reporter: reporter ? platformUser(site, reporter) : null,
    created: issue.created,
    updated: issue.updated,
    // Jira caps this field at the latest 100 comments; without the comment list route to page
    // through, the sandbox sends them all, which `total` then confirms.
    comment: {
      self: `${site.baseUrl}/rest/api/3/issue/${issue.id}/comment`,
      comments: issue.comments.map((comment) => platformComment(site, issue, comment)),
      maxResults: issue.comments.length,
      total: issue.comments.length,
      startAt: 0,
    },
    issuetype: {
      id: '10100',
      name: issue.requestTypeId ? 'Service Request' : 'Task',
      subtask: false,
    },
  };
  const fields =
    wantedFields.length === 0 || wantedFields.includes('*all')
      ? allFields
      : Object.fromEntries(
          Object.entries(allFields).filter(([name]) => wantedFields.includes(name)),
        );
  const properties = Object.fromEntries(
    wantedProperties
      .filter((key) => key in issue.properties)
      .map((key) => [key, issue.properties[key]]),
  );

  return {
    status: 200,
    body: {
      id: issue.id,
      key: issue.key,
      self: `${site.baseUrl}/rest/api/3/issue/${issue.id}`,
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      fields,
      ...(wantedProperties.length > 0 ? { properties } : {}),
      ...(expand.includes('changelog') ? { changelog: recentChangelog(site, issue) } : {}),
      ...(expand.includes('transitions')
        ? {
            transitions: site
              .availableTransitions(issue)
              .map((t) => platformTransition(site, issue, t)),
          }
        : {}),
    },
  };
};

/** GET /rest/api/3/issue/{issueIdOrKey}/transitions */
export const getTransitions: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  return {
    status: 200,
    body: {
      expand: 'transitions',
      transitions: site.availableTransitions(issue).map((t) => platformTransition(site, issue, t)),
    },
  };
};

/**
 * POST /rest/api/3/issue/{issueIdOrKey}/transitions with `{ transition: { id } }` and, as Jira
 * allows, `update.comment: [{ add: { body } }]`: the comments are added with the move, shared
 * with the customer as any comment without the internal-note property is.
 */
export const postTransition: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const body = request.body as
    | { transition?: { id?: unknown }; update?: { comment?: { add?: { body?: unknown } }[] } }
    | undefined;
  const id = body?.transition?.id;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new SiteError(400, "Missing 'transition' identifier.", {
      transition: "Missing 'transition' identifier.",
    });
  }

  const notes = (body?.update?.comment ?? []).map((operation) => readText(operation.add?.body));
  if (notes.some((note) => note.trim() === '')) {
    throw new SiteError(400, 'Comment body can not be empty!', {
      comment: 'Comment body can not be empty!',
    });
  }

  site.transition(issue.key, String(id), request.caller.accountId);
  for (const note of notes) site.addComment(issue.key, request.caller.accountId, note, true);
  return { status: 204 };
};

/** Most changelog entries Jira sends in one page, and with an issue. */
const changelogLimit = 100;

const platformHistory = (site: Site, entry: ChangelogEntry) => {
  const author = site.user(entry.authorId);
  return {
    id: entry.id,
    author: author ? platformUser(site, author) : undefined,
    created: entry.created,
    items: entry.items.map((item) => ({ ...describedItem(item), fieldtype: 'jira' })),
  };
};

// Atlassian describes every part of a change item as a string, so an empty side (a label added
// to none) is left out rather than sent as null.
const describedItem = (item: ChangelogItem) => ({
  ...Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null)),
  fieldId: item.field,
});

/**
 * The changelog Jira embeds with an issue: only the latest 100 entries, most recent first, with
 * the full count in `total`, so a longer history has to be read from the changelog resource.
 */
const recentChangelog = (site: Site, issue: SiteIssue) => {
  const recent = issue.changelog.slice(-changelogLimit).reverse();
  return {
    startAt: 0,
    maxResults: recent.length,
    total: issue.changelog.length,
    histories: recent.map((entry) => platformHistory(site, entry)),
  };
};

/** GET /rest/api/3/issue/{issueIdOrKey}/changelog: oldest first, 100 at most per page. */
export const getChangelog: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const startAt = Math.max(0, Math.floor(Number(request.query.get('startAt') ?? 0)) || 0);
  const asked = Math.floor(Number(request.query.get('maxResults') ?? changelogLimit));
  const maxResults = Math.min(changelogLimit, Math.max(1, asked || changelogLimit));
  const page = issue.changelog.slice(startAt, startAt + maxResults);
  const total = issue.changelog.length;
  const isLast = startAt + page.length >= total;
  const pageUrl = (at: number) =>
    `${site.baseUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${at}&maxResults=${maxResults}`;

  return {
    status: 200,
    body: {
      self: pageUrl(startAt),
      ...(isLast ? {} : { nextPage: pageUrl(startAt + page.length) }),
      maxResults,
      startAt,
      total,
      isLast,
      values: page.map((entry) => platformHistory(site, entry)),
    },
  };
};

/** GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}, with the JSM visibility property on request. */
export const getIssueComment: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const comment = issue.comments.find((c) => c.id === params.id);
  if (!comment) throw new SiteError(404, `Can not find a comment for the id: ${params.id ?? ''}.`);
  const expand = listParam(request.query, 'expand');

  return {
    status: 200,
    body: {
      ...platformComment(site, issue, comment),
      ...(expand.includes('properties')
        ? { properties: [{ key: 'sd.public.comment', value: { internal: !comment.isPublic } }] }
        : {}),
    },
  };
};

/** GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} */
export const getIssueProperty: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const key = params.propertyKey ?? '';
  if (!(key in issue.properties)) {
    throw new SiteError(404, `The property with key '${key}' does not exist.`);
  }
  return { status: 200, body: { key, value: issue.properties[key] } };
};

/** PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}: 201 when new, 200 when replaced. */
export const putIssueProperty: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const key = params.propertyKey ?? '';
  if (key.length === 0 || key.length > 255) {
    throw new SiteError(400, 'The property key must be between 1 and 255 characters long.');
  }
  if (request.body === undefined)
    throw new SiteError(400, 'The property value must be valid JSON.');
  if (Buffer.byteLength(JSON.stringify(request.body)) > maxPropertyBytes) {
    throw new SiteError(400, `The property value exceeds ${maxPropertyBytes} bytes.`);
  }

  const existed = key in issue.properties;
  site.setProperty(issue.key, key, request.body);
  return { status: existed ? 200 : 201 };
};

/** GET /rest/api/3/status: every status of every project's workflow, once each. */
export const listStatuses: RouteHandler = (site) => {
  const seen = new Map<string, ReturnType<typeof platformStatus>>();
  for (const project of site.state.projects) {
    for (const status of project.workflow.statuses)
      seen.set(status.id, platformStatus(site, status));
  }
  return { status: 200, body: [...seen.values()] };
};
