import express, { Router } from 'express';

import type { PageDeps } from './pages/page';
import { resolveViewer } from './viewer';

/** The demo files a person can attach; the sandbox keeps a file's name and type, not its bytes. */
export const demoFiles = {
  screenshot: { filename: 'screenshot.png', mimeType: 'image/png', size: 48_213 },
  document: { filename: 'details.pdf', mimeType: 'application/pdf', size: 91_377 },
} as const;

/**
 * `POST /sandbox/attachments` with `issueKey` and `file` (a demo file's name): the portal's attach
 * button. It attaches as the acting user, who must be able to see the request, and goes back to
 * the request's portal page.
 */
export const attachmentRoutes = (deps: PageDeps): Router => {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  router.post('/sandbox/attachments', form, (request, response) => {
    const viewer = resolveViewer(deps.site, request, response);
    const body = request.body as Record<string, unknown>;
    const issue = deps.site.issue(typeof body.issueKey === 'string' ? body.issueKey : '');
    const file = body.file === 'document' ? demoFiles.document : demoFiles.screenshot;
    if (!issue || !deps.site.canSeeRequest(viewer.user.accountId, issue)) {
      response.status(404).type('text/plain').send('This request does not exist for you.');
      return;
    }

    deps.site.addAttachment(issue.key, viewer.user.accountId, file);
    const portalId = deps.site.projectOf(issue).portalId;
    response.redirect(303, `/servicedesk/customer/portal/${portalId}/${issue.key}`);
  });

  return router;
};
