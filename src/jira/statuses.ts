import { route } from '@forge/api';

import { readJira } from './client';
import { toStatusCategory } from './issues';
import type { ProjectStatus } from './project-statuses';

/**
 * Names of every workflow status on the site the app can see. Throws JiraHttpError.
 * An empty list means the site has no statuses visible to the app.
 */
export const listStatusNames = async (): Promise<string[]> => {
  const statuses = await readJira<{ name: string }[]>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/status`, { method: 'GET' }),
  );
  return [...new Set(statuses.map((status) => status.name))];
};

/**
 * Every workflow status on the site the app can see, once each by name, with its category.
 * An empty list means none is visible. Throws JiraHttpError.
 */
export const listStatuses = async (): Promise<ProjectStatus[]> => {
  const statuses = await readJira<{ name: string; statusCategory?: { key?: string } }[]>(
    'app',
    (jira) => jira.requestJira(route`/rest/api/3/status`, { method: 'GET' }),
  );
  const byName = new Map<string, ProjectStatus>();
  for (const status of statuses) {
    if (byName.has(status.name)) continue;
    byName.set(status.name, {
      name: status.name,
      category: toStatusCategory(status.statusCategory?.key ?? 'indeterminate'),
    });
  }
  return [...byName.values()];
};
