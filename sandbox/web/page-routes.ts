import { Router } from 'express';

import { adminPage } from './pages/admin-page';
import { agentIssuePage } from './pages/agent-issue';
import { homePage } from './pages/home';
import { renderLayout } from './pages/layout';
import type { PageDeps, PageHandler } from './pages/page';
import { problemPage } from './pages/page';
import { portalListPage } from './pages/portal-list';
import { portalRequestPage } from './pages/portal-request';
import { projectSettingsPage } from './pages/project-settings-page';
import { resolveViewer } from './viewer';

/** Where the emulated Jira's pages live, as on a real site where it has one. */
const pages: [path: string, handler: PageHandler][] = [
  ['/', homePage],
  ['/servicedesk/customer/portal/:portalId', portalListPage],
  ['/servicedesk/customer/portal/:portalId/:issueKey', portalRequestPage],
  ['/browse/:issueKey', agentIssuePage],
  ['/jira/settings/apps/status-guide', adminPage],
  // Where Jira puts a Forge app's project settings page: the app's and environment's ids follow.
  [
    '/jira/servicedesk/projects/:projectKey/settings/apps/:appId/:environmentId',
    projectSettingsPage,
  ],
];

/** The server-rendered pages in the sandbox's header and switches, and a 404 page for the rest. */
export const pageRoutes = (deps: PageDeps): Router => {
  const router = Router();

  for (const [path, handler] of pages) {
    router.get(path, (request, response) => {
      const viewer = resolveViewer(deps.site, request, response);
      const content = handler(deps, viewer, request.params as Record<string, string>);
      response
        .status(content.status ?? 200)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(renderLayout(content, viewer, deps.site, request.path));
    });
  }

  router.get('/{*rest}', (request, response) => {
    const viewer = resolveViewer(deps.site, request, response);
    const content = problemPage(404, 'Page not found', 'The sandbox has no page at this address.');
    response
      .status(404)
      .type('html')
      .send(renderLayout(content, viewer, deps.site, request.path));
  });

  return router;
};
