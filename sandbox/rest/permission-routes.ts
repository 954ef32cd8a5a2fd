import { type Site, SiteError } from '../site/site';
import type { SiteUser } from '../site/types';
import { platformUser } from './representations';
import type { RouteHandler } from './types';

const descriptions: Record<string, { name: string; type: 'GLOBAL' | 'PROJECT' }> = {
  ADMINISTER: { name: 'Administer Jira', type: 'GLOBAL' },
  BROWSE_PROJECTS: { name: 'Browse Projects', type: 'PROJECT' },
  SERVICEDESK_AGENT: { name: 'Service Desk Agent', type: 'PROJECT' },
  ADMINISTER_PROJECTS: { name: 'Administer Projects', type: 'PROJECT' },
  TRANSITION_ISSUES: { name: 'Transition Issues', type: 'PROJECT' },
  ADD_COMMENTS: { name: 'Add Comments', type: 'PROJECT' },
};

/** Whether a user holds a permission, on a project when one is named, else anywhere / globally. */
const holds = (
  site: Site,
  user: SiteUser,
  permission: string,
  projectKey: string | null,
): boolean => {
  if (user.accountType === 'app') return permission !== 'ADMINISTER';
  if (permission === 'ADMINISTER') return user.isSiteAdmin;

  const projects =
    projectKey === null
      ? site.state.projects
      : site.state.projects.filter((p) => p.key === projectKey);
  return projects.some((project) => {
    if (permission === 'ADMINISTER_PROJECTS')
      return project.adminIds.includes(user.accountId) || user.isSiteAdmin;
    return site.isAgent(user.accountId, project.key);
  });
};

/** GET /rest/api/3/mypermissions?permissions=…[&issueKey|projectKey] */
export const getMyPermissions: RouteHandler = (site, request) => {
  const wanted = (request.query.get('permissions') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (wanted.length === 0) {
    throw new SiteError(400, 'The permissions query parameter is required.');
  }
  const unknown = wanted.find((p) => !(p in descriptions));
  if (unknown !== undefined)
    throw new SiteError(400, `The permission key '${unknown}' is not valid.`);

  const issueKey = request.query.get('issueKey') ?? request.query.get('issueId');
  const projectKey =
    issueKey !== null ? site.requireIssue(issueKey).projectKey : request.query.get('projectKey');
  if (projectKey !== null && !site.project(projectKey))
    throw new SiteError(404, 'No project could be found.');

  const permissions = Object.fromEntries(
    wanted.map((key) => {
      const description = descriptions[key] ?? { name: key, type: 'PROJECT' as const };
      return [
        key,
        {
          id: key,
          key,
          ...description,
          description: description.name,
          havePermission: holds(site, request.caller, key, projectKey),
        },
      ];
    }),
  );
  return { status: 200, body: { permissions } };
};

interface BulkCheckEntry {
  permissions?: unknown;
  projects?: unknown;
  issues?: unknown;
}

interface BulkCheck {
  accountId?: unknown;
  globalPermissions?: unknown;
  projectPermissions?: unknown;
}

const isEntry = (entry: unknown): entry is BulkCheckEntry =>
  entry !== null && typeof entry === 'object' && !Array.isArray(entry);

/** POST /rest/api/3/permissions/check: which of the named issues and projects grant each permission. */
export const checkPermissions: RouteHandler = (site, request) => {
  const body = (request.body ?? {}) as BulkCheck;
  const accountId = typeof body.accountId === 'string' ? body.accountId : request.caller.accountId;
  const user = site.user(accountId);
  if (!user) throw new SiteError(400, `The user with account ID '${accountId}' does not exist.`);
  if (
    accountId !== request.caller.accountId &&
    request.caller.accountType !== 'app' &&
    !request.caller.isSiteAdmin
  ) {
    throw new SiteError(403, 'You may only check your own permissions.');
  }

  const globals = Array.isArray(body.globalPermissions) ? body.globalPermissions.map(String) : [];
  const entries: unknown[] = Array.isArray(body.projectPermissions) ? body.projectPermissions : [];
  if (!entries.every(isEntry)) {
    throw new SiteError(400, 'Each projectPermissions entry must be an object.');
  }
  const projectPermissions = entries.flatMap((entry) => {
    const permissions = Array.isArray(entry.permissions) ? entry.permissions.map(String) : [];
    const issueIds = Array.isArray(entry.issues) ? entry.issues.map(Number) : [];
    const projectIds = Array.isArray(entry.projects) ? entry.projects.map(Number) : [];
    return permissions.map((permission) => ({
      permission,
      issues: issueIds.filter((id) => {
        const issue = site.issue(String(id));
        return issue !== undefined && holds(site, user, permission, issue.projectKey);
      }),
      projects: projectIds.filter((id) => {
        const project = site.project(String(id));
        return project !== undefined && holds(site, user, permission, project.key);
      }),
    }));
  });

  return {
    status: 200,
    body: {
      globalPermissions: globals.filter((permission) => holds(site, user, permission, null)),
      projectPermissions,
    },
  };
};

/** GET /rest/api/3/myself */
export const getMyself: RouteHandler = (site, request) => ({
  status: 200,
  body: {
    ...platformUser(site, request.caller),
    emailAddress: request.caller.email,
    locale: request.caller.locale,
  },
});
