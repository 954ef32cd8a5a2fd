import type { SiteAttachment, SiteIssue } from '../../site/types';
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

const ratings = [
  [5, 'Very satisfied'],
  [4, 'Satisfied'],
  [3, 'Neutral'],
  [2, 'Dissatisfied'],
  [1, 'Very dissatisfied'],
] as const;

/**
 * JSM's own satisfaction survey on a resolved request: the reporter rates it from 1 to 5 with an
 * optional remark, and sees their rating afterwards (and may change it).
 */
const satisfactionSurvey = (issue: SiteIssue): SafeHtml => {
  const given = issue.feedback;
  return html`<form class="comment" data-feedback-form data-issue-key="${issue.key}">
    <fieldset>
      <legend><h2>How satisfied are you with how we handled this request?</h2></legend>
      ${
        given === undefined
          ? ''
          : html`<p data-testid="feedback-given">
              You rated this request ${String(given.rating)} out of
              5${given.remark === undefined ? '' : html`: “${given.remark}”`}. Thank you.
            </p>`
      }
      ${ratings.map(
        ([value, label]) =>
          html`<label
            ><input
              type="radio"
              name="rating"
              value="${String(value)}"
              required
              ${given?.rating === value ? 'checked' : ''}
            />
            ${label}</label
          >`,
      )}
    </fieldset>
    <label for="feedback-comment">Anything to add? (optional)</label>
    <textarea id="feedback-comment" name="comment"></textarea>
    <div class="actions">
      <button class="primary" type="submit">Send rating</button> ${formStatus()}
    </div>
  </form>`;
};

/** The request's files and the portal's attach button, which attaches one of the demo files. */
const attachForm = (issueKey: string, files: readonly SiteAttachment[]): SafeHtml =>
  html`<h2 id="attachments-heading">Attachments</h2>
    ${
      files.length === 0
        ? html`<p class="muted">No files yet.</p>`
        : html`<ul aria-labelledby="attachments-heading">
            ${files.map((file) => html`<li>${file.filename}</li>`)}
          </ul>`
    }
    <form class="comment" method="post" action="/sandbox/attachments">
      <input type="hidden" name="issueKey" value="${issueKey}" />
      <label for="attach-file">File to attach (the sandbox keeps its name only)</label>
      <select id="attach-file" name="file">
        <option value="screenshot">screenshot.png, a picture</option>
        <option value="document">details.pdf, a document</option>
      </select>
      <div class="actions"><button type="submit">Attach</button></div>
    </form>`;

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
  const canRate =
    issue.reporterId === viewer.user.accountId && site.status(issue).category === 'done';
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
          ${canRate ? satisfactionSurvey(issue) : ''}
          ${commentList(site, publicComments, { showVisibility: false, timeZone, locale })}
          <form class="comment" data-comment-form data-issue-key="${issue.key}">
            <h2><label for="comment-body">Add a comment</label></h2>
            <textarea id="comment-body" name="body" required></textarea>
            <div class="actions">
              <button class="primary" type="submit">Add comment</button> ${formStatus()}
            </div>
          </form>
          ${attachForm(issue.key, issue.attachments ?? [])}
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
