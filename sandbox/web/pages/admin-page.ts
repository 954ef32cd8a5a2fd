import { html } from '../html';
import { appFrames } from './app-frame';
import type { PageHandler } from './page';

/**
 * Jira settings > Apps > Status Guide: the app's admin page. The sandbox shows it to anyone, so
 * the app's own refusal of non-admins can be seen; a notice says when the viewer is not an admin.
 */
export const adminPage: PageHandler = (deps, viewer) => {
  const isAdmin = viewer.user.isSiteAdmin;
  const extension = { type: 'jira:adminPage' };

  return {
    title: 'Status Guide settings',
    body: html`<p class="muted">Jira settings / Apps</p>
      ${
        isAdmin
          ? ''
          : html`<p class="notice">
              ${viewer.user.displayName} is not a Jira administrator. Real Jira would not show this
              page; here it opens so you can see the app refuse.
            </p>`
      }
      ${appFrames(deps, 'jira:adminPage', viewer, extension, { showsTitle: false })}`,
  };
};
