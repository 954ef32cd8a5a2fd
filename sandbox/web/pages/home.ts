import { html } from '../html';
import { actingUsers } from './layout';
import type { PageHandler } from './page';
import { statusLozenge } from './parts';

/** The sandbox's front page: what it is, who to act as, and every request with its views. */
export const homePage: PageHandler = ({ site }, viewer) => {
  const users = actingUsers(site.state.users).map(
    (user) =>
      html`<tr>
        <td>${user.displayName}<br /><span class="muted">${user.email}</span></td>
        <td>${user.role}</td>
        <td>
          ${
            user.accountId === viewer.user.accountId
              ? html`<strong>Acting</strong>`
              : html`<a href="/?as=${encodeURIComponent(user.email)}">Switch to</a>`
          }
        </td>
      </tr>`,
  );

  const requests = site.state.issues.map((issue) => {
    const project = site.projectOf(issue);
    const portalLink =
      issue.requestTypeId === null
        ? html`<span class="muted">Not in portal</span>`
        : html`<a href="/servicedesk/customer/portal/${project.portalId}/${issue.key}">Portal</a>`;
    return html`<tr>
      <td class="key">${issue.key}</td>
      <td>${issue.summary}</td>
      <td>${statusLozenge(site.status(issue))}</td>
      <td>${site.user(issue.reporterId)?.displayName ?? ''}</td>
      <td>${portalLink} · <a href="/browse/${issue.key}">Agent view</a></td>
    </tr>`;
  });

  const portals = site.state.projects.map(
    (project) =>
      html`<li>
        <a href="/servicedesk/customer/portal/${project.portalId}">${project.name} help center</a>
      </li>`,
  );

  return {
    title: 'Home',
    body: html`<h1>Status Guide on a local Jira Service Management site</h1>
      <p>
        This is an emulated JSM site with the Status Guide app installed. Act as any demo user,
        raise comments and move requests through the workflow; the app reacts as it would on Jira.
        Changes are saved and survive a restart; <code>npm run sandbox:reset</code> starts over.
      </p>
      <h2>Demo users</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>User</th>
              <th>Role</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${users}
          </tbody>
        </table>
      </div>
      <h2>Help centers</h2>
      <ul>
        ${portals}
      </ul>
      <p><a href="/jira/settings/apps/status-guide">Status Guide settings</a> (Jira admin page)</p>
      <ul>
        ${site.state.projects.map(
          (project) =>
            html`<li>
              <a href="/jira/servicedesk/projects/${project.key}/settings/apps/sandbox-app/sandbox"
                >${project.name}: Status Guide project settings</a
              >
              (its project admins and Jira admins)
            </li>`,
        )}
      </ul>
      <h2>Requests</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Key</th>
              <th>Summary</th>
              <th>Status</th>
              <th>Reporter</th>
              <th>Open</th>
            </tr>
          </thead>
          <tbody>
            ${requests}
          </tbody>
        </table>
      </div>`,
  };
};
