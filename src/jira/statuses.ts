import { route } from '@forge/api';

import { readJira } from './client';

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
