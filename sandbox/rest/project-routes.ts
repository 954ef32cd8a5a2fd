import { type Site, SiteError } from '../site/site';
import type { Project, SiteUser } from '../site/types';
import { platformStatus, platformUser } from './representations';
import type { RouteHandler } from './types';

const mayBrowse = (site: Site, caller: SiteUser, project: Project): boolean =>
  caller.accountType === 'app' || caller.isSiteAdmin || site.isAgent(caller.accountId, project.key);

const mayUseDesk = (site: Site, caller: SiteUser, project: Project): boolean =>
  mayBrowse(site, caller, project) || project.customerIds.includes(caller.accountId);

const pageOf = <T>(site: Site, path: string, values: T[], query: URLSearchParams) => {
  const start = Math.max(0, Number(query.get('start') ?? 0) || 0);
  const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50) || 50));
  const page = values.slice(start, start + limit);
  return {
    _expands: [],
    size: page.length,
    start,
    limit,
    isLastPage: start + limit >= values.length,
    _links: { base: site.baseUrl, context: '', self: `${site.baseUrl}${path}` },
    values: page,
  };
};

/** GET /rest/api/3/project/{projectIdOrKey}/statuses: the workflow's statuses per issue type. */
export const getProjectStatuses: RouteHandler = (site, request, params) => {
  const project = site.project(params.projectIdOrKey ?? '');
  if (!project || !mayBrowse(site, request.caller, project)) {
    throw new SiteError(404, 'No project could be found with key or id given.');
  }

  return {
    status: 200,
    body: [
      {
        self: `${site.baseUrl}/rest/api/3/issueType/10100`,
        id: '10100',
        name: 'Service Request',
        subtask: false,
        statuses: project.workflow.statuses.map((status) => ({
          ...platformStatus(site, status),
          untranslatedName: status.name,
          iconUrl: `${site.baseUrl}/images/icons/statuses/generic.png`,
        })),
      },
    ],
  };
};

/** GET /rest/api/3/user/search?query=…: active accounts whose name or email contains the words. */
export const searchUsers: RouteHandler = (site, request) => {
  const accountId = request.query.get('accountId');
  if (accountId !== null) {
    const user = site.user(accountId);
    return { status: 200, body: user ? [platformUser(site, user)] : [] };
  }
  const wanted = (request.query.get('query') ?? '').trim().toLowerCase();
  if (wanted.length === 0) {
    throw new SiteError(
      400,
      'One of the query parameters query, accountId or property is required.',
    );
  }
  const maxResults = Math.min(1000, Math.max(1, Number(request.query.get('maxResults')) || 50));

  const found = site.state.users.filter(
    (user) =>
      user.displayName.toLowerCase().includes(wanted) || user.email.toLowerCase().includes(wanted),
  );
  return { status: 200, body: found.slice(0, maxResults).map((user) => platformUser(site, user)) };
};

/** GET /rest/servicedeskapi/servicedesk: the service desks the caller can use. */
export const listServiceDesks: RouteHandler = (site, request) => {
  const desks = site.state.projects
    .filter((project) => mayUseDesk(site, request.caller, project))
    .map((project) => ({
      id: project.serviceDeskId,
      projectId: project.id,
      projectName: project.name,
      projectKey: project.key,
      _links: { self: `${site.baseUrl}/rest/servicedeskapi/servicedesk/${project.serviceDeskId}` },
    }));
  return { status: 200, body: pageOf(site, request.path, desks, request.query) };
};

/** GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype */
export const listRequestTypes: RouteHandler = (site, request, params) => {
  const project = site.state.projects.find((p) => p.serviceDeskId === params.serviceDeskId);
  if (!project || !mayUseDesk(site, request.caller, project)) {
    throw new SiteError(404, 'The service desk does not exist, or you cannot see it.');
  }

  const types = project.requestTypes.map((type) => ({
    _expands: [],
    id: type.id,
    name: type.name,
    description: type.description,
    helpText: '',
    issueTypeId: '10100',
    serviceDeskId: project.serviceDeskId,
    portalId: project.portalId,
    groupIds: [],
    _links: {
      self: `${site.baseUrl}/rest/servicedeskapi/servicedesk/${project.serviceDeskId}/requesttype/${type.id}`,
    },
  }));
  return { status: 200, body: pageOf(site, request.path, types, request.query) };
};
