import { type Site, SiteError } from '../site/site';
import type { SiteIssue, SiteUser } from '../site/types';
import {
  platformProject,
  platformStatus,
  platformTransition,
  platformUser,
} from './representations';
import { type RouteHandler } from './types';

/** Longest issue property value Jira stores, in bytes of JSON. */
const maxPropertyBytes = 32768;

/** The platform API hides issues from those who may not browse them, as if they did not exist. */
const browsableIssue = (site: Site, caller: SiteUser, idOrKey: string): SiteIssue => {
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
    status: platformStatus(site, site.status(issue)),
    project: platformProject(site, site.projectOf(issue)),
    reporter: reporter ? platformUser(site, reporter) : null,
    created: issue.created,
    updated: issue.updated,
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
      ...(expand.includes('changelog') ? { changelog: changelogPage(site, issue, 0, 100) } : {}),
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

/** POST /rest/api/3/issue/{issueIdOrKey}/transitions with `{ transition: { id } }`. */
export const postTransition: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const body = request.body as { transition?: { id?: unknown } } | undefined;
  const id = body?.transition?.id;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new SiteError(400, "Missing 'transition' identifier.", {
      transition: "Missing 'transition' identifier.",
    });
  }

  site.transition(issue.key, String(id), request.caller.accountId);
  return { status: 204 };
};

/** A page of an issue's changelog, oldest first, as both changelog endpoints show it. */
const changelogPage = (site: Site, issue: SiteIssue, startAt: number, maxResults: number) => {
  const page = issue.changelog.slice(startAt, startAt + maxResults);
  return {
    startAt,
    maxResults,
    total: issue.changelog.length,
    histories: page.map((entry) => {
      const author = site.user(entry.authorId);
      return {
        id: entry.id,
        author: author ? platformUser(site, author) : undefined,
        created: entry.created,
        items: entry.items.map((item) => ({ ...item, fieldtype: 'jira', fieldId: item.field })),
      };
    }),
  };
};

/** GET /rest/api/3/issue/{issueIdOrKey}/changelog, oldest first, paged. */
export const getChangelog: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const startAt = Math.max(0, Number(request.query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(
    100,
    Math.max(1, Number(request.query.get('maxResults') ?? 100) || 100),
  );
  const { histories, ...page } = changelogPage(site, issue, startAt, maxResults);

  return {
    status: 200,
    body: {
      self: `${site.baseUrl}/rest/api/3/issue/${issue.key}/changelog`,
      ...page,
      isLast: startAt + histories.length >= issue.changelog.length,
      values: histories,
    },
  };
};

/** GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}, with the JSM visibility property on request. */
export const getIssueComment: RouteHandler = (site, request, params) => {
  const issue = browsableIssue(site, request.caller, params.issueIdOrKey ?? '');
  const comment = issue.comments.find((c) => c.id === params.id);
  if (!comment) throw new SiteError(404, `Can not find a comment for the id: ${params.id ?? ''}.`);
  const author = site.user(comment.authorId);
  const expand = listParam(request.query, 'expand');

  return {
    status: 200,
    body: {
      self: `${site.baseUrl}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
      id: comment.id,
      author: author ? platformUser(site, author) : undefined,
      updateAuthor: author ? platformUser(site, author) : undefined,
      body: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: comment.body }] }],
      },
      created: comment.created,
      updated: comment.updated,
      jsdPublic: comment.isPublic,
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
