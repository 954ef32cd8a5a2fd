import { html } from '../html';
import { appFrames } from './app-frame';
import { type PageHandler, problemPage } from './page';
import { commentList, formatTime, formStatus, requestTypeName, statusLozenge } from './parts';

/** Jira's issue type id for service requests, as the REST representation gives it. */
const serviceRequestTypeId = '10100';

/**
 * The agent's issue view: details, workflow transitions, every comment marked internal or public,
 * a reply-or-note box and the app's issue panel. Only the project's agents and admins get in.
 */
export const agentIssuePage: PageHandler = (deps, viewer, params) => {
  const { site } = deps;
  const issue = site.issue(params.issueKey ?? '');
  if (!issue) return problemPage(404, 'Issue not found', 'No issue has this key.');
  if (!site.isAgent(viewer.user.accountId, issue.projectKey)) {
    return problemPage(
      403,
      'You do not have access',
      `Only agents of this service project can open ${issue.key}.`,
    );
  }

  const project = site.projectOf(issue);
  const reporter = site.user(issue.reporterId);
  const { timeZone, locale } = viewer.user;
  const transitions = site
    .availableTransitions(issue)
    .map((t) => html`<button type="submit" name="transition" value="${t.id}">${t.name}</button>`);
  const noTransitions = html`<span class="muted">No transitions</span>`;
  const extension = {
    type: 'jira:issuePanel',
    issue: { key: issue.key, id: issue.id, type: 'Service Request', typeId: serviceRequestTypeId },
    project: { id: project.id, key: project.key, type: 'service_desk' },
  };

  return {
    title: `${issue.key} ${issue.summary}`,
    body: html`<p class="muted">${project.name} / ${issue.key}</p>
      <div class="layout">
        <div>
          <h1>${issue.summary}</h1>
          <div class="card pre-wrap">${issue.description}</div>
          ${appFrames(deps, 'jira:issuePanel', viewer, extension)}
          <h2>Activity</h2>
          ${commentList(site, issue.comments, { showVisibility: true, timeZone, locale })}
          <form class="comment" data-comment-form data-issue-key="${issue.key}">
            <h2><label for="comment-body">Add a comment</label></h2>
            <textarea id="comment-body" name="body" required></textarea>
            <div class="actions">
              <label
                ><input type="radio" name="visibility" value="public" checked /> Reply to
                customer</label
              >
              <label><input type="radio" name="visibility" value="internal" /> Internal note</label>
              <button class="primary" type="submit">Save</button> ${formStatus()}
            </div>
          </form>
        </div>
        <aside>
          <h2>Status</h2>
          <p>${statusLozenge(site.status(issue))}</p>
          <form data-transition-form data-issue-key="${issue.key}" aria-label="Transitions">
            <div class="actions">${transitions.length > 0 ? transitions : noTransitions}</div>
            <div class="actions">${formStatus()}</div>
          </form>
          <h2>Details</h2>
          <dl class="fields">
            <dt>Reporter</dt>
            <dd>${reporter?.displayName ?? 'Unknown'}</dd>
            <dt>Request type</dt>
            <dd>${requestTypeName(site, issue)}</dd>
            <dt>Created</dt>
            <dd>${formatTime(issue.created, timeZone, locale)}</dd>
            <dt>Updated</dt>
            <dd>${formatTime(issue.updated, timeZone, locale)}</dd>
            ${
              issue.requestTypeId === null
                ? ''
                : html`<dt>Portal</dt>
                    <dd>
                      <a href="/servicedesk/customer/portal/${project.portalId}/${issue.key}"
                        >Customer view</a
                      >
                    </dd>`
            }
          </dl>
        </aside>
      </div>`,
  };
};
