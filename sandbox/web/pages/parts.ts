import type { Site } from '../../site/site';
import type { SiteComment, SiteIssue, WorkflowStatus } from '../../site/types';
import { html, type SafeHtml } from '../html';

/** A status as a coloured lozenge, coloured by its category. */
export const statusLozenge = (status: WorkflowStatus): SafeHtml =>
  html`<span class="lozenge ${status.category}">${status.name}</span>`;

/**
 * A Jira timestamp shown in the given time zone.
 *
 * @example formatTime('2024-05-01T09:30:00.000+0000', 'UTC') // '1 May 2024, 09:30'
 */
export const formatTime = (timestamp: string, timeZone: string): string => {
  const date = new Date(timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
};

/**
 * A request's comments, oldest first. With `showVisibility` each one is marked internal or
 * public (the agent view); without it the caller must pass public comments only (the portal).
 */
export const commentList = (
  site: Site,
  comments: SiteComment[],
  options: { showVisibility: boolean; timeZone: string },
): SafeHtml => {
  if (comments.length === 0) return html`<p class="muted">No comments yet.</p>`;

  const items = comments.map((comment) => {
    const author = site.user(comment.authorId)?.displayName ?? 'Unknown user';
    const tag = comment.isPublic
      ? html`<span class="tag">Public</span>`
      : html`<span class="tag">Internal</span>`;
    return html`<li
      class="${!comment.isPublic && options.showVisibility ? 'internal' : ''}"
      data-comment-id="${comment.id}"
    >
      <div class="meta">
        ${author} · ${formatTime(comment.created, options.timeZone)}
        ${options.showVisibility ? tag : ''}
      </div>
      <div class="body">${comment.body}</div>
    </li>`;
  });
  return html`<ol class="comments">
    ${items}
  </ol>`;
};

/** The request type's name, or a note for an issue created without one. */
export const requestTypeName = (site: Site, issue: SiteIssue): string => {
  if (issue.requestTypeId === null) return 'No request type (not in the portal)';
  const type = site.projectOf(issue).requestTypes.find((t) => t.id === issue.requestTypeId);
  return type?.name ?? `Request type ${issue.requestTypeId}`;
};

/** The form's status line, where the host script says what happened. */
export const formStatus = (): SafeHtml =>
  html`<span class="form-status" role="status" aria-live="polite"></span>`;
