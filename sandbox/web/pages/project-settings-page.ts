import { html } from '../html';
import { appFrames } from './app-frame';
import type { PageHandler } from './page';
import { problemPage } from './page';

/**
 * Project settings > Apps > Status Guide: the app's page for one service-desk project. Like the
 * admin page it opens for anyone, so the app's own refusal can be seen, with a notice when the
 * viewer administers neither the project nor Jira.
 */
export const projectSettingsPage: PageHandler = (deps, viewer, params) => {
  const project = deps.site.project(params.projectKey ?? '');
  if (!project) {
    return problemPage(404, 'Project not found', 'The sandbox has no project with this key.');
  }
  const mayAdminister =
    viewer.user.isSiteAdmin || deps.site.isProjectAdmin(viewer.user.accountId, project.key);
  const extension = {
    type: 'jira:projectSettingsPage',
    project: { id: project.id, key: project.key, type: 'service_desk' },
  };

  return {
    title: `${project.name} settings: Status Guide`,
    body: html`<p class="muted">Projects / ${project.name} / Project settings / Apps</p>
      ${
        mayAdminister
          ? ''
          : html`<p class="notice">
              ${viewer.user.displayName} administers neither this project nor Jira. Real Jira would
              not show this page; here it opens so you can see the app refuse.
            </p>`
      }
      ${appFrames(deps, 'jira:projectSettingsPage', viewer, extension, { showsTitle: false })}`,
  };
};
