import { route } from '@forge/api';

import { type Actor, readJira } from './client';

/** How many issues one page of a search asks for. */
const searchPageSize = 100;

/** At most this many pages are read in one search, so a sweep always ends within its time. */
const maxSearchPages = 50;

/** One issue a search found: its key and project. */
export interface FoundIssue {
  key: string;
  projectKey: string;
}

interface SearchPage {
  issues?: { key: string; fields?: { project?: { key: string } } }[];
  nextPageToken?: string | null;
  isLast?: boolean;
}

/**
 * Finds the issues a JQL query matches, page by page with Jira's page tokens. Returns an empty
 * list when nothing matches. Throws JiraHttpError (400 for a query Jira cannot read).
 * @remarks A sweep reads at most `maxSearchPages` pages (5,000 issues); the rest wait for the
 * next run, which finds them again because acting removes a request from its own query.
 */
export const searchIssues = async (as: Actor, jql: string): Promise<FoundIssue[]> => {
  const found: FoundIssue[] = [];
  let token: string | null = null;

  for (let page = 0; page < maxSearchPages; page += 1) {
    const query = new URLSearchParams({
      jql,
      fields: 'project',
      maxResults: String(searchPageSize),
      ...(token === null ? {} : { nextPageToken: token }),
    });
    const body: SearchPage = await readJira<SearchPage>(as, (jira) =>
      jira.requestJira(route`/rest/api/3/search/jql?${query}`, { method: 'GET' }),
    );
    for (const issue of body.issues ?? []) {
      found.push({ key: issue.key, projectKey: issue.fields?.project?.key ?? '' });
    }
    token = body.nextPageToken ?? null;
    if (token === null || body.isLast === true) break;
  }
  return found;
};
