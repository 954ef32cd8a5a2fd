import { route } from '@forge/api';

import { readJira } from './client';

/** A Jira account as a picker offers it. */
export interface FoundUser {
  accountId: string;
  displayName: string;
  accountType: string;
}

/**
 * Active accounts whose name or email matches `query`, at most 20, read as the current user.
 * An empty list means nobody matched. Throws JiraHttpError.
 */
export const searchUsers = async (query: string): Promise<FoundUser[]> => {
  const params = new URLSearchParams({ query, maxResults: '20' });
  const users = await readJira<(FoundUser & { active?: boolean })[]>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/user/search?${params}`, { method: 'GET' }),
  );

  return users
    .filter((user) => user.active !== false)
    .map(({ accountId, displayName, accountType }) => ({ accountId, displayName, accountType }));
};

/**
 * The account's display name, read as the current user; null when Jira knows no such account.
 * Throws JiraHttpError.
 */
export const findUserName = async (accountId: string): Promise<string | null> => {
  const params = new URLSearchParams({ accountId });
  const users = await readJira<FoundUser[]>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/user/search?${params}`, { method: 'GET' }),
  );
  return users.find((user) => user.accountId === accountId)?.displayName ?? null;
};
