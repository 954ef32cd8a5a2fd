import type { SiteIssue } from '../../site/types';
import { html, type SafeHtml } from '../html';
import { appFrames } from './app-frame';
import { type PageHandler, problemPage } from './page';
import { commentList, formStatus, requestTypeName, statusLozenge } from './parts';

const notFound = problemPage(
  404,
  'Request not found',
  'This request does not exist, or you do not have permission to view it.',
);

/**
 * Shown instead of the app's portal panel to an agent who is not on the request: JSM shows the
 * panel to customers, and the app's portal resolver answers only the reporter and participants.
 */
const agentNote = (issueKey: string): SafeHtml =>
  html`<p class="notice" data-testid="portal-agent-note">
    You're viewing the customer portal as an agent; the app's panel is shown to the request's
    reporter and participants. <a href="/browse/${issueKey}">Open the agent view</a>
  </p>`;

/**
 * The satisfaction rating of a resolved request, as JSM offers its reporter: a form until they
 * rate it, then what they gave. Nothing for anyone else or for an open request.
 */
const feedbackPart = (issue: SiteIssue, isResolved: boolean, viewerId: string): SafeHtml | '' => {
  if (issue.feedback !== undefined) {
    const { rating, remark } = issue.feedback;
    const given = `You rated this request ${String(rating)} of 5`;
    const said = remark === undefined ? '' : `: “${remark}”`;
    return html`<p class="muted" data-feedback>${given}${said}</p>`;
  }
  if (!isResolved || issue.reporterId !== viewerId) return '';
  return html`<form class="comment" data-feedback-form data-issue-key="${issue.key}">
    <h2>How did we do?</h2>
    <p>
      <label for="feedback-rating">Rating</label>
      <select id="feedback-rating" name="rating">
        <option value="5">5 (very satisfied)</option>
        <option value="4">4</option>
        <option value="3">3</option>
        <option value="2">2</option>
        <option value="1">1 (very dissatisfied)</option>
      </select>
    </p>
    <p>
      <label for="feedback-remark">Tell us more (optional)</label>
      <textarea id="feedback-remark" name="remark"></textarea>
    </p>
    <div class="actions"><button type="submit">Rate</button> ${formStatus()}</div>
  </form>`;
};

/**
 * A customer's view of one request: its details, public comments, a comment box and the app's
 * portal panel (for an agent not on the request, a note instead). Anyone who may not see the
 * request gets "not found", as the real portal answers.
 */
export const portalRequestPage: PageHandler = (deps, viewer, params) => {
  const { site } = deps;
  const issue = site.issue(params.issueKey ?? '');
  const project = issue ? site.projectOf(issue) : undefined;
  const isVisible =
    !!issue &&
    !!project &&
    project.portalId === params.portalId &&
    issue.requestTypeId !== null &&
    site.canSeeRequest(viewer.user.accountId, issue);
  if (!issue || !project || !isVisible) return notFound;

  const publicComments = issue.comments.filter((comment) => comment.isPublic);
  const { accountId, timeZone, locale } = viewer.user;
  const isAgentOnly =
    site.isAgent(accountId, issue.projectKey) &&
    issue.reporterId !== accountId &&
    !issue.participantIds.includes(accountId);
  const extension = {
    type: 'jiraServiceManagement:portalRequestDetail',
    request: { key: issue.key, typeId: issue.requestTypeId },
    portal: { id: project.portalId },
  };

  return {
    title: `${issue.key} ${issue.summary}`,
    body: html`<p>
        <a href="/servicedesk/customer/portal/${project.portalId}">${project.name}</a> /
        ${issue.key}
      </p>
      <div class="layout">
        <div>
          <h1>${issue.summary}</h1>
          <p class="muted">
            ${requestTypeName(site, issue)} · raised by
            ${site.user(issue.reporterId)?.displayName ?? ''}
          </p>
          <div class="card pre-wrap">${issue.description}</div>
          <h2>Activity</h2>
          ${commentList(site, publicComments, { showVisibility: false, timeZone, locale })}
          <form class="comment" data-comment-form data-issue-key="${issue.key}">
            <h2><label for="comment-body">Add a comment</label></h2>
            <textarea id="comment-body" name="body" required></textarea>
            <div class="actions">
              <button class="primary" type="submit">Add comment</button> ${formStatus()}
            </div>
          </form>
          ${feedbackPart(issue, site.status(issue).category === 'done', accountId)}
        </div>
        <aside>
          <h2>Status</h2>
          <p>${statusLozenge(site.status(issue))}</p>
          ${
            isAgentOnly
              ? agentNote(issue.key)
              : appFrames(deps, 'jiraServiceManagement:portalRequestDetail', viewer, extension)
          }
        </aside>
      </div>`,
  };
};
