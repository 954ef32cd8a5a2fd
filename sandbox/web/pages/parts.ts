import type { Site } from '../../site/site';
import type { SiteComment, SiteIssue, WorkflowStatus } from '../../site/types';
import { html, type SafeHtml } from '../html';

/** A status as a coloured lozenge, coloured by its category. */
export const statusLozenge = (status: WorkflowStatus): SafeHtml =>
  html`<span class="lozenge ${status.category}">${status.name}</span>`;

/**
 * A Jira timestamp shown in the given time zone, with the zone's short name in the viewer's locale
 * so a reader can tell which zone it is (the date itself is always written the same way).
 *
 * @example formatTime('2026-12-03T20:04:00.000+0000', 'Pacific/Auckland', 'en-NZ')
 * // '4 Dec 2026, 09:04 NZDT'
 */
export const formatTime = (timestamp: string, timeZone: string, locale = 'en-GB'): string => {
  const date = new Date(timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(date.getTime())) return timestamp;

  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  return `${when} ${zoneName(date, timeZone, locale)}`;
};

/** The zone's short name at that instant ('NZDT'), or an offset ('GMT+13') where it has none. */
const zoneName = (date: Date, timeZone: string, locale: string): string => {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
  } catch {
    // A locale Intl does not know (a hand-edited saved site) falls back to British English.
    format = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
  }
  return format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
};

/** How {@link commentList} shows comments: to whom, and in which zone and locale. */
export interface CommentListOptions {
  /** Marks each comment internal or public (the agent view). */
  showVisibility: boolean;
  timeZone: string;
  locale: string;
}

/**
 * A request's comments, oldest first, in a container the host script adds a just-posted comment
 * to. With `showVisibility` each one is marked internal or public (the agent view); without it
 * the caller must pass public comments only (the portal).
 */
export const commentList = (
  site: Site,
  comments: SiteComment[],
  options: CommentListOptions,
): SafeHtml => {
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
        ${author} · ${formatTime(comment.created, options.timeZone, options.locale)}
        ${options.showVisibility ? tag : ''}
      </div>
      <div class="body">${comment.body}</div>
    </li>`;
  });

  return html`<div data-comment-list data-show-visibility="${String(options.showVisibility)}">
    ${comments.length === 0 ? html`<p class="muted" data-no-comments>No comments yet.</p>` : ''}
    <ol class="comments">
      ${items}
    </ol>
  </div>`;
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
