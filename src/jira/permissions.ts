import { route } from '@forge/api';

import { callJira, readJira } from './client';

interface BulkGrants {
  projectPermissions: { permission: string; issues?: number[]; projects?: number[] }[];
}

/**
 * True when the account holds the service desk agent permission on the issue.
 * Runs as the app: it asks about another person. Throws JiraHttpError.
 */
export const isAgentOnIssue = async (accountId: string, issueId: string): Promise<boolean> => {
  const body = JSON.stringify({
    accountId,
    projectPermissions: [{ permissions: ['SERVICEDESK_AGENT'], issues: [Number(issueId)] }],
  });
  const grants = await callJira<BulkGrants>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/permissions/check`, { method: 'POST', body }),
  );

  return (grants?.projectPermissions ?? []).some(
    (grant) =>
      grant.permission === 'SERVICEDESK_AGENT' && (grant.issues ?? []).includes(Number(issueId)),
  );
};

interface MyPermissions {
  permissions: Record<string, { havePermission: boolean }>;
}

/**
 * True when the current user holds every named permission, on the issue when one is given,
 * otherwise globally. Runs as the user. Throws JiraHttpError.
 */
export const userHasPermissions = async (
  permissions: readonly string[],
  issueKey?: string,
): Promise<boolean> => {
  const query = new URLSearchParams({ permissions: permissions.join(',') });
  if (issueKey !== undefined) query.set('issueKey', issueKey);
  const body = await readJira<MyPermissions>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/mypermissions?${query}`, { method: 'GET' }),
  );

  return permissions.every((permission) => body.permissions[permission]?.havePermission === true);
};

/**
 * True when the current user holds `permission` on the project (Jira answers true for a
 * project-wide grant, such as ADMINISTER_PROJECTS held by a Jira admin). Runs as the user.
 * Throws JiraHttpError (404 when the project does not exist).
 */
export const userHasProjectPermission = async (
  permission: string,
  projectKey: string,
): Promise<boolean> => {
  const query = new URLSearchParams({ permissions: permission, projectKey });
  const body = await readJira<MyPermissions>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/mypermissions?${query}`, { method: 'GET' }),
  );

  return body.permissions[permission]?.havePermission === true;
};
