import { match } from 'path-to-regexp';

import type { SandboxLog } from '../log';
import { type Site, SiteError } from '../site/site';
import { errorResponse } from './errors';
import { getFeedback, postFeedback } from './feedback-routes';
import { addIssueComment } from './issue-comment-routes';
import {
  getChangelog,
  getIssue,
  getIssueComment,
  getIssueProperty,
  getTransitions,
  listStatuses,
  postTransition,
  putIssueProperty,
} from './issue-routes';
import { checkPermissions, getMyPermissions, getMyself } from './permission-routes';
import {
  getProjectStatuses,
  listRequestTypes,
  listServiceDesks,
  searchUsers,
} from './project-routes';
import {
  addRequestComment,
  createRequest,
  getRequest,
  getRequestComment,
  listRequestComments,
  listRequests,
} from './request-routes';
import { searchByJql } from './search-routes';
import type { ErrorStyle, RestRequest, RestResponse, RouteHandler } from './types';

interface Route {
  method: string;
  matches: ReturnType<typeof match>;
  handler: RouteHandler;
}

const route = (method: string, path: string, handler: RouteHandler): Route => ({
  method,
  matches: match(path, { decode: decodeURIComponent }),
  handler,
});

const routes: Route[] = [
  route('GET', '/rest/api/3/issue/:issueIdOrKey', getIssue),
  route('GET', '/rest/api/3/issue/:issueIdOrKey/transitions', getTransitions),
  route('POST', '/rest/api/3/issue/:issueIdOrKey/transitions', postTransition),
  route('GET', '/rest/api/3/issue/:issueIdOrKey/changelog', getChangelog),
  route('POST', '/rest/api/3/issue/:issueIdOrKey/comment', addIssueComment),
  route('GET', '/rest/api/3/issue/:issueIdOrKey/comment/:id', getIssueComment),
  route('GET', '/rest/api/3/issue/:issueIdOrKey/properties/:propertyKey', getIssueProperty),
  route('PUT', '/rest/api/3/issue/:issueIdOrKey/properties/:propertyKey', putIssueProperty),
  route('GET', '/rest/api/3/status', listStatuses),
  route('GET', '/rest/api/3/mypermissions', getMyPermissions),
  route('POST', '/rest/api/3/permissions/check', checkPermissions),
  route('GET', '/rest/api/3/myself', getMyself),
  route('GET', '/rest/api/3/search/jql', searchByJql),
  route('GET', '/rest/api/3/project/:projectIdOrKey/statuses', getProjectStatuses),
  route('GET', '/rest/api/3/user/search', searchUsers),
  route('GET', '/rest/servicedeskapi/servicedesk', listServiceDesks),
  route('GET', '/rest/servicedeskapi/servicedesk/:serviceDeskId/requesttype', listRequestTypes),
  route('GET', '/rest/servicedeskapi/request', listRequests),
  route('POST', '/rest/servicedeskapi/request', createRequest),
  route('GET', '/rest/servicedeskapi/request/:issueIdOrKey', getRequest),
  route('GET', '/rest/servicedeskapi/request/:issueIdOrKey/comment', listRequestComments),
  route('POST', '/rest/servicedeskapi/request/:issueIdOrKey/comment', addRequestComment),
  route('GET', '/rest/servicedeskapi/request/:issueIdOrKey/comment/:commentId', getRequestComment),
  route('GET', '/rest/servicedeskapi/request/:requestIdOrKey/feedback', getFeedback),
  route('POST', '/rest/servicedeskapi/request/:requestIdOrKey/feedback', postFeedback),
];

/** The routes whose path matches; null when the path's percent-encoding is broken. */
const findRoutes = (path: string): Route[] | null => {
  try {
    return routes.filter((r) => r.matches(path) !== false);
  } catch {
    return null;
  }
};

const styleOf = (path: string): ErrorStyle =>
  path.startsWith('/rest/servicedeskapi/') ? 'service-management' : 'platform';

/**
 * Answers one REST call the way Jira Cloud would, and logs it. Never throws: a refused call gets
 * Jira's error body with a clear message, an unexpected fault a 500.
 */
export const handleRest = (
  site: Site,
  request: RestRequest,
  source: 'app' | 'http' | 'bridge',
  log: SandboxLog,
): RestResponse => {
  const response = answer(site, request);
  log.add({
    type: 'rest',
    at: new Date().toISOString(),
    source,
    as: request.caller?.accountId ?? 'anonymous',
    method: request.method,
    path: request.path,
    query: request.query.toString(),
    requestBody: request.body,
    status: response.status,
    responseBody: response.body,
  });
  return response;
};

const answer = (site: Site, request: RestRequest): RestResponse => {
  const style = styleOf(request.path);
  const path = request.path.replace(/\/+$/, '') || '/';
  const candidates = findRoutes(path);
  if (candidates === null)
    return errorResponse(style, 400, `The path ${path} is not validly encoded.`);
  if (candidates.length === 0) {
    return errorResponse(style, 404, `No REST resource at ${request.method} ${path} in this site.`);
  }
  const chosen = candidates.find((r) => r.method === request.method.toUpperCase());
  if (!chosen) return errorResponse(style, 405, `${request.method} is not allowed on ${path}.`);
  if (request.caller === null) {
    return errorResponse(
      style,
      401,
      'You are not authenticated. Authentication required to perform this operation. ' +
        'In the sandbox, send basic auth with a demo user’s email and any password, such as ' +
        '`curl -u casey@customer.example:any …`.',
    );
  }

  const matched = chosen.matches(path);
  const params = matched === false ? {} : (matched.params as Record<string, string>);
  try {
    return chosen.handler(site, { ...request, caller: request.caller }, params);
  } catch (error) {
    if (error instanceof SiteError)
      return errorResponse(style, error.status, error.message, error.fields);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(style, 500, `The site failed to answer: ${message}`);
  }
};
