import type { ProjectLink } from '../contracts/admin';
import { listServiceDesks } from '../jira/service-desks';
import { loadProjectOwnConfig } from '../storage/config-store';

// Forge names a module by an extension ARI: ari:cloud:ecosystem::extension/{app}/{env}/static/{key}.
const extensionIdPattern = /^ari:cloud:ecosystem::extension\/([^/]+)\/([^/]+)\/static\//;

/**
 * The path of the project settings page in Jira for a project, from the calling module's
 * extension id; null when the id does not have Forge's form (then no link can be given).
 * @example projectSettingsPath('IT', 'ari:cloud:ecosystem::extension/a1/e1/static/page') // '/jira/servicedesk/projects/IT/settings/apps/a1/e1'
 */
export const projectSettingsPath = (projectKey: string, extensionId: string): string | null => {
  const found = extensionIdPattern.exec(extensionId);
  if (found === null) return null;

  const [, appId = '', environmentId = ''] = found;
  return `/jira/servicedesk/projects/${encodeURIComponent(projectKey)}/settings/apps/${appId}/${environmentId}`;
};

/**
 * Every service-desk project the current user can see, with whether it has settings of its own
 * and the path of its settings page. An empty list means there is none. Throws JiraHttpError, or
 * when storage fails.
 */
export const listProjectLinks = async (extensionId: string): Promise<ProjectLink[]> => {
  const desks = await listServiceDesks();
  const links: ProjectLink[] = [];

  for (const desk of desks) {
    const own = await loadProjectOwnConfig(desk.projectKey);
    links.push({
      key: desk.projectKey,
      name: desk.projectName,
      hasOwnSettings: own.config !== null,
      problem: own.problem,
      settingsPath: projectSettingsPath(desk.projectKey, extensionId),
    });
  }
  return links;
};
