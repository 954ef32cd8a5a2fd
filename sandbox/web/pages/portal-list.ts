import { html } from '../html';
import { type PageHandler, problemPage } from './page';
import { formatTime, statusLozenge } from './parts';

/** A help center's "My requests": what the acting user reports or takes part in. */
export const portalListPage: PageHandler = ({ site }, viewer, params) => {
  const project = site.state.projects.find((p) => p.portalId === params.portalId);
  if (!project)
    return problemPage(404, 'Help center not found', 'No help center has this address.');

  const { accountId, timeZone, locale } = viewer.user;
  const mine = site.state.issues.filter(
    (issue) =>
      issue.projectKey === project.key &&
      issue.requestTypeId !== null &&
      (issue.reporterId === accountId || issue.participantIds.includes(accountId)),
  );
  const rows = mine.map(
    (issue) =>
      html`<tr>
        <td class="key">
          <a href="/servicedesk/customer/portal/${project.portalId}/${issue.key}">${issue.key}</a>
        </td>
        <td>${issue.summary}</td>
        <td>${statusLozenge(site.status(issue))}</td>
        <td>${issue.reporterId === accountId ? 'Reporter' : 'Participant'}</td>
        <td>${formatTime(issue.updated, timeZone, locale)}</td>
      </tr>`,
  );

  return {
    title: `${project.name} help center`,
    body: html`<h1>${project.name}</h1>
      <h2>My requests</h2>
      ${
        mine.length === 0
          ? html`<p class="muted">${viewer.user.displayName} has no requests here.</p>`
          : html`<div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Reference</th>
                    <th>Summary</th>
                    <th>Status</th>
                    <th>You are</th>
                    <th>Updated</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows}
                </tbody>
              </table>
            </div>`
      }`,
  };
};
