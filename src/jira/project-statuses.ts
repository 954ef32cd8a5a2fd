import { route } from '@forge/api';

import { readJira } from './client';
import { toStatusCategory } from './issues';

/** One status of a project's workflows. */
export interface ProjectStatus {
  name: string;
  category: 'new' | 'indeterminate' | 'done';
}

interface IssueTypeStatuses {
  statuses: { name: string; statusCategory?: { key?: string } }[];
}

/**
 * Every status the project's workflows use, once each, in workflow order, read as the current
 * user (so only someone who can browse the project learns them). An empty list means the
 * project's workflows have no status. Throws JiraHttpError (404 when the project is unknown).
 */
export const listProjectStatuses = async (projectKey: string): Promise<ProjectStatus[]> => {
  const issueTypes = await readJira<IssueTypeStatuses[]>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/project/${projectKey}/statuses`, { method: 'GET' }),
  );

  const byName = new Map<string, ProjectStatus>();
  for (const status of issueTypes.flatMap((type) => type.statuses)) {
    if (byName.has(status.name)) continue;
    byName.set(status.name, {
      name: status.name,
      category: toStatusCategory(status.statusCategory?.key ?? 'indeterminate'),
    });
  }
  return [...byName.values()];
};
