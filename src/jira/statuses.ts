import { route } from '@forge/api';

import { getJira } from './client';

/**
 * Names of every workflow status on the site the app can see. Throws JiraHttpError.
 * An empty list means the site has no statuses visible to the app.
 */
export const listStatusNames = async (): Promise<string[]> => {
  const statuses = await getJira<{ name: string }[]>('app', route`/rest/api/3/status`);
  return [...new Set(statuses.map((status) => status.name))];
};
