import { type Site, SiteError } from '../site/site';
import type { SiteIssue, SiteUser } from '../site/types';
import {
  serviceDeskCategory,
  serviceDeskComment,
  serviceDeskDate,
  serviceDeskUser,
} from './representations';
import { requestSlas } from './slas';
import { type RouteHandler } from './types';

/** A request the caller may see; JSM answers 404 for anything else, hiding that it exists. */
export const visibleRequest = (site: Site, caller: SiteUser, idOrKey: string): SiteIssue => {
  const issue = site.issue(idOrKey);
  if (!issue || issue.requestTypeId === null || !site.canSeeRequest(caller.accountId, issue)) {
    throw new SiteError(
      404,
      'The request could not be found, or you do not have permission to view it.',
    );
  }
  return issue;
};

const isAgentFor = (site: Site, caller: SiteUser, issue: SiteIssue): boolean =>
  caller.accountType === 'app' || site.isAgent(caller.accountId, issue.projectKey);

const expandParam = (query: URLSearchParams): string[] =>
  query
    .getAll('expand')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim());

const representRequest = (site: Site, issue: SiteIssue, expand: string[], caller: SiteUser) => {
  const project = site.projectOf(issue);
  const status = site.status(issue);
  const reporter = site.user(issue.reporterId);
  const requestType = project.requestTypes.find((type) => type.id === issue.requestTypeId);
  const participants = issue.participantIds.flatMap((id) => {
    const user = site.user(id);
    return user ? [serviceDeskUser(site, user)] : [];
  });

  return {
    _expands: [
      'participant',
      'status',
      'sla',
      'requestType',
      'serviceDesk',
      'attachment',
      'action',
      'comment',
    ],
    issueId: issue.id,
    issueKey: issue.key,
    requestTypeId: issue.requestTypeId ?? '',
    serviceDeskId: project.serviceDeskId,
    createdDate: serviceDeskDate(issue.created),
    reporter: reporter ? serviceDeskUser(site, reporter) : undefined,
    requestFieldValues: [
      { fieldId: 'summary', label: 'Summary', value: issue.summary },
      { fieldId: 'description', label: 'Description', value: issue.description },
    ],
    currentStatus: {
      status: status.name,
      statusCategory: serviceDeskCategory(status),
      statusDate: serviceDeskDate(issue.updated),
    },
    ...(expand.includes('participant')
      ? {
          participants: {
            size: participants.length,
            start: 0,
            limit: 50,
            isLastPage: true,
            values: participants,
          },
        }
      : {}),
    ...(expand.includes('serviceDesk')
      ? {
          serviceDesk: {
            id: project.serviceDeskId,
            projectId: project.id,
            projectKey: project.key,
            projectName: project.name,
            _links: {
              self: `${site.baseUrl}/rest/servicedeskapi/servicedesk/${project.serviceDeskId}`,
            },
          },
        }
      : {}),
    ...(expand.includes('requestType') && requestType
      ? {
          requestType: {
            id: requestType.id,
            name: requestType.name,
            description: requestType.description,
            serviceDeskId: project.serviceDeskId,
            _links: {
              self: `${site.baseUrl}/rest/servicedeskapi/servicedesk/${project.serviceDeskId}/requesttype/${requestType.id}`,
            },
          },
        }
      : {}),
    ...(expand.includes('sla') && isAgentFor(site, caller, issue)
      ? { sla: requestSlas(site, issue) }
      : {}),
    ...(expand.includes('comment')
      ? {
          comments: (() => {
            const visible = issue.comments.filter(
              (c) => c.isPublic || isAgentFor(site, caller, issue),
            );
            const values = visible.map((c) => serviceDeskComment(site, issue, c));
            return { size: values.length, start: 0, limit: 100, isLastPage: true, values };
          })(),
        }
      : {}),
    _links: {
      web: `${site.baseUrl}/servicedesk/customer/portal/${project.portalId}/${issue.key}`,
      self: `${site.baseUrl}/rest/servicedeskapi/request/${issue.id}`,
    },
  };
};

const page = <T>(query: URLSearchParams, items: T[]) => {
  const start = Math.max(0, Number(query.get('start') ?? 0) || 0);
  const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50) || 50));
  const values = items.slice(start, start + limit);
  return {
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= items.length,
    values,
  };
};

/** GET /rest/servicedeskapi/request: the requests the caller reports, takes part in, or serves. */
export const listRequests: RouteHandler = (site, request) => {
  const expand = expandParam(request.query);
  const visible = site.state.issues.filter(
    (issue) => issue.requestTypeId !== null && site.canSeeRequest(request.caller.accountId, issue),
  );
  const listed = page(request.query, visible);
  return {
    status: 200,
    body: {
      ...listed,
      values: listed.values.map((issue) => representRequest(site, issue, expand, request.caller)),
    },
  };
};

/** GET /rest/servicedeskapi/request/{issueIdOrKey} */
export const getRequest: RouteHandler = (site, request, params) => {
  const issue = visibleRequest(site, request.caller, params.issueIdOrKey ?? '');
  return {
    status: 200,
    body: representRequest(site, issue, expandParam(request.query), request.caller),
  };
};

/** GET /rest/servicedeskapi/request/{issueIdOrKey}/comment: customers see public comments only. */
export const listRequestComments: RouteHandler = (site, request, params) => {
  const issue = visibleRequest(site, request.caller, params.issueIdOrKey ?? '');
  const agent = isAgentFor(site, request.caller, issue);
  const wantPublic = request.query.get('public') !== 'false';
  const wantInternal = agent && request.query.get('internal') !== 'false';
  const comments = issue.comments.filter((c) => (c.isPublic ? wantPublic : wantInternal));

  const listed = page(request.query, comments);
  return {
    status: 200,
    body: { ...listed, values: listed.values.map((c) => serviceDeskComment(site, issue, c)) },
  };
};

/** GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId} */
export const getRequestComment: RouteHandler = (site, request, params) => {
  const issue = visibleRequest(site, request.caller, params.issueIdOrKey ?? '');
  const comment = issue.comments.find((c) => c.id === params.commentId);
  if (!comment || (!comment.isPublic && !isAgentFor(site, request.caller, issue))) {
    throw new SiteError(404, 'The comment could not be found.');
  }
  return { status: 200, body: serviceDeskComment(site, issue, comment) };
};

/** POST /rest/servicedeskapi/request/{issueIdOrKey}/comment with `{ body, public }`. */
export const addRequestComment: RouteHandler = (site, request, params) => {
  const issue = visibleRequest(site, request.caller, params.issueIdOrKey ?? '');
  const input = request.body as { body?: unknown; public?: unknown } | undefined;
  if (typeof input?.body !== 'string') {
    throw new SiteError(400, 'The comment body is required and must be text.');
  }
  if (input.public !== undefined && typeof input.public !== 'boolean') {
    throw new SiteError(400, "The field 'public' must be true or false.");
  }
  const isPublic = input.public ?? true;
  if (!isPublic && !isAgentFor(site, request.caller, issue)) {
    throw new SiteError(403, 'Only agents can add internal comments.');
  }

  const comment = site.addComment(issue.key, request.caller.accountId, input.body, isPublic);
  return { status: 201, body: serviceDeskComment(site, issue, comment) };
};

/**
 * POST /rest/servicedeskapi/request with `{ serviceDeskId, requestTypeId, requestFieldValues:
 * { summary, description }, raiseOnBehalfOf? }`: raises a request at the site's current time. An
 * agent may raise it on behalf of a customer (by account id or email).
 */
export const createRequest: RouteHandler = (site, request) => {
  const input = (request.body ?? {}) as {
    serviceDeskId?: unknown;
    requestTypeId?: unknown;
    requestFieldValues?: { summary?: unknown; description?: unknown };
    raiseOnBehalfOf?: unknown;
  };
  const project = site.state.projects.find((p) => p.serviceDeskId === String(input.serviceDeskId));
  if (!project) throw new SiteError(400, 'The serviceDeskId does not name a service desk.');
  const fields = input.requestFieldValues ?? {};
  if (typeof fields.summary !== 'string') {
    throw new SiteError(400, 'Summary is required.', { summary: 'Summary is required.' });
  }
  if (fields.description !== undefined && typeof fields.description !== 'string') {
    throw new SiteError(400, 'The description must be text.');
  }

  let reporterId = request.caller.accountId;
  if (input.raiseOnBehalfOf !== undefined) {
    if (!site.isAgent(request.caller.accountId, project.key)) {
      throw new SiteError(403, 'Only agents can raise a request on behalf of someone else.');
    }
    if (typeof input.raiseOnBehalfOf !== 'string') {
      throw new SiteError(400, 'raiseOnBehalfOf names a customer by account id or email.');
    }
    const named = input.raiseOnBehalfOf;
    const onBehalf = site.user(named) ?? site.userByEmail(named);
    if (!onBehalf) throw new SiteError(400, `No customer ${named} exists.`);
    reporterId = onBehalf.accountId;
  }

  const issue = site.createRequest({
    projectKey: project.key,
    requestTypeId: String(input.requestTypeId),
    reporterId,
    summary: fields.summary,
    description: fields.description ?? '',
  });
  return { status: 201, body: representRequest(site, issue, [], request.caller) };
};
