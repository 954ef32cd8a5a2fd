import { sandboxTimeOffset } from '../../clock';
import { html, type SafeHtml } from '../html';
import type { Viewer } from '../viewer';
import { instantToWallTime, sandboxYears } from '../wall-time';
import type { PageContent } from './layout';
import type { PageDeps } from './page';
import { formatTime } from './parts';

/** What a person typed into the demo request form, kept when the sandbox refuses it. */
export interface DemoRequestDraft {
  requestTypeId: string;
  reporter: string;
  summary: string;
  description: string;
  createdAt: string;
}

/** Why the last change was refused, and what was typed, so nothing is lost. */
export interface TimePageState {
  problem?: string;
  draft?: DemoRequestDraft;
}

/** The `min` and `max` of a `datetime-local` input: the years the sandbox's forms take. */
const yearBounds = html`min="${String(sandboxYears.first)}-01-01T00:00"
max="${String(sandboxYears.last)}-12-31T23:59"`;

const quickShifts: [label: string, minutes: number][] = [
  ['−1 day', -1440],
  ['+1 hour', 60],
  ['+4 hours', 240],
  ['+1 day', 1440],
  ['+1 week', 10080],
];

/** "3 days 4 h ahead of real time", or "real time" when the clock is not shifted. */
export const describeOffset = (offsetMs: number): string => {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  if (minutes === 0) return 'real time';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours > 0 ? `${hours} h` : '',
    rest > 0 ? `${rest} min` : '',
  ].filter(Boolean);
  return `${parts.join(' ')} ${offsetMs > 0 ? 'ahead of' : 'behind'} real time`;
};

const clockForm = (viewer: Viewer, now: Date): SafeHtml => {
  const { timeZone } = viewer.user;
  const shifts = quickShifts.map(
    ([label, minutes]) =>
      html`<button type="submit" name="shiftMinutes" value="${String(minutes)}">${label}</button>`,
  );
  return html`<form class="card" method="post" action="/sandbox/clock" data-clock-form>
    <h2>Set the sandbox time</h2>
    <p>
      <label for="clock-at">Date and time, in your time zone (${timeZone})</label><br />
      <input
        id="clock-at"
        name="at"
        type="datetime-local"
        value="${instantToWallTime(now, timeZone)}"
        ${yearBounds}
        required
      />
      <button class="primary" type="submit" name="action" value="set">Set time</button>
    </p>
    <p>Or move it: ${shifts}</p>
    <p>
      <button type="submit" name="action" value="reset" formnovalidate>Back to real time</button>
    </p>
    <input type="hidden" name="back" value="/sandbox/time" />
  </form>`;
};

const requestForm = (deps: PageDeps, viewer: Viewer, now: Date, draft?: DemoRequestDraft) => {
  const { site } = deps;
  const project = site.state.projects[0];
  if (!project) return html``;
  const customers = site.state.users.filter(
    (user) =>
      project.customerIds.includes(user.accountId) || site.isAgent(user.accountId, project.key),
  );
  const chosenType = draft?.requestTypeId ?? project.requestTypes[0]?.id ?? '';
  const chosenReporter = draft?.reporter ?? customers[0]?.email ?? '';
  const types = project.requestTypes.map(
    (type) =>
      html`<option value="${type.id}" ${type.id === chosenType ? html`selected` : ''}>
        ${type.name}
      </option>`,
  );
  const reporters = customers.map(
    (user) =>
      html`<option value="${user.email}" ${user.email === chosenReporter ? html`selected` : ''}>
        ${user.displayName} (${user.email})
      </option>`,
  );

  return html`<form class="card stacked" method="post" action="/sandbox/requests">
    <h2>Raise a demo request at a chosen time</h2>
    <p class="muted">
      The request starts in the workflow's first status as if raised then, so its promise clocks
      count from that moment. Times after the sandbox's current time are refused.
    </p>
    <label
      >Request type
      <select name="requestTypeId">
        ${types}
      </select></label
    >
    <label
      >Raised by
      <select name="reporter">
        ${reporters}
      </select></label
    >
    <label
      >Summary <input name="summary" required maxlength="255" value="${draft?.summary ?? ''}"
    /></label>
    <label>Description <textarea name="description">${draft?.description ?? ''}</textarea></label>
    <label
      >Raised at, in your time zone (${viewer.user.timeZone})
      <input
        name="createdAt"
        type="datetime-local"
        value="${draft?.createdAt ?? instantToWallTime(now, viewer.user.timeZone)}"
        ${yearBounds}
        required
    /></label>
    <div class="actions"><button class="primary" type="submit">Raise request</button></div>
  </form>`;
};

/**
 * The sandbox's time page: the current sandbox time, a control to set or shift it, and a form to
 * raise a demo request at a chosen time, so anyone can watch promise clocks across a weekend, a
 * public holiday or a daylight-saving change.
 */
export const timePage = (
  deps: PageDeps,
  viewer: Viewer,
  state: TimePageState = {},
): PageContent => {
  const now = new Date();
  const offset = sandboxTimeOffset();
  const { timeZone, locale } = viewer.user;
  return {
    status: state.problem ? 400 : 200,
    title: 'Sandbox time',
    body: html`<h1>Sandbox time</h1>
      ${state.problem ? html`<p class="notice error" role="alert">${state.problem}</p>` : ''}
      <p data-testid="sandbox-time">
        It is <strong>${formatTime(now.toISOString(), timeZone, locale)}</strong> on this site
        (${describeOffset(offset)}). The app, its triggers and every page use this time; it is saved
        with the site.
      </p>
      ${clockForm(viewer, now)} ${requestForm(deps, viewer, now, state.draft)}
      <p class="muted">
        Try: Friday 16:30 to see an acknowledgement carry over the weekend; 24 December to see the
        Christmas holidays pause a dispatch; the first Sunday of April or the last Sunday of
        September for New Zealand's daylight-saving changes.
      </p>`,
  };
};
