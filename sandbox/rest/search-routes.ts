import { SiteError } from '../site/site';
import { runJql } from './jql';
import { platformProject, platformStatus } from './representations';
import type { RouteHandler } from './types';

const defaultPageSize = 50;
const largestPageSize = 5000;

const readToken = (token: string | null): number => {
  if (token === null || token === '') return 0;
  const offset = Number(Buffer.from(token, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new SiteError(400, 'The nextPageToken is not one this search handed out.');
  }
  return offset;
};

/**
 * GET /rest/api/3/search/jql: the enhanced search, paged with `nextPageToken`. Answers the
 * issues the caller may browse with the fields asked for (project and status), as Jira does.
 */
export const searchByJql: RouteHandler = (site, request) => {
  const jql = request.query.get('jql') ?? '';
  const asked = Number(request.query.get('maxResults') ?? defaultPageSize);
  const size =
    Number.isInteger(asked) && asked > 0 ? Math.min(asked, largestPageSize) : defaultPageSize;
  const offset = readToken(request.query.get('nextPageToken'));
  const fields = (request.query.get('fields') ?? '').split(',').map((f) => f.trim());

  const visible = runJql(site, jql, site.indexedPropertyPaths).filter(
    (issue) =>
      request.caller.accountType === 'app' ||
      request.caller.isSiteAdmin ||
      site.isAgent(request.caller.accountId, issue.projectKey),
  );
  const page = visible.slice(offset, offset + size);
  const isLast = offset + size >= visible.length;

  return {
    status: 200,
    body: {
      issues: page.map((issue) => ({
        id: issue.id,
        key: issue.key,
        self: `${site.baseUrl}/rest/api/3/issue/${issue.id}`,
        fields: {
          ...(fields.includes('project')
            ? { project: platformProject(site, site.projectOf(issue)) }
            : {}),
          ...(fields.includes('status')
            ? { status: platformStatus(site, site.status(issue)) }
            : {}),
        },
      })),
      isLast,
      ...(isLast
        ? {}
        : { nextPageToken: Buffer.from(String(offset + size)).toString('base64url') }),
    },
  };
};
