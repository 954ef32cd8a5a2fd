import { route } from '@forge/api';

import { readJira } from './client';
import { pageSize, readAllPages } from './read-all-pages';

/** A service desk and the Jira project behind it. */
export interface ServiceDesk {
  id: string;
  projectKey: string;
  projectName: string;
}

/** A request type of a service desk. */
export interface RequestTypeSummary {
  id: string;
  name: string;
}

interface Paged<T> {
  values: T[];
  isLastPage: boolean;
}

/**
 * Every service desk the current user can see. An empty list means none. Throws JiraHttpError.
 */
export const listServiceDesks = (): Promise<ServiceDesk[]> =>
  readAllPages(async (start) => {
    const query = new URLSearchParams({ start: String(start), limit: String(pageSize) });
    const page = await readJira<Paged<ServiceDesk>>('user', (jira) =>
      jira.requestJira(route`/rest/servicedeskapi/servicedesk?${query}`, { method: 'GET' }),
    );
    return {
      values: page.values.map(({ id, projectKey, projectName }) => ({
        id,
        projectKey,
        projectName,
      })),
      isLast: page.isLastPage,
    };
  });

/**
 * The request types of one service desk, as the current user sees them. An empty list means the
 * desk has none. Throws JiraHttpError.
 */
export const listRequestTypes = (serviceDeskId: string): Promise<RequestTypeSummary[]> =>
  readAllPages(async (start) => {
    const query = new URLSearchParams({ start: String(start), limit: String(pageSize) });
    const page = await readJira<Paged<RequestTypeSummary>>('user', (jira) =>
      jira.requestJira(
        route`/rest/servicedeskapi/servicedesk/${serviceDeskId}/requesttype?${query}`,
        {
          method: 'GET',
        },
      ),
    );
    return { values: page.values.map(({ id, name }) => ({ id, name })), isLast: page.isLastPage };
  });
