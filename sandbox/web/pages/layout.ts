import { sandboxTimeOffset } from '../../clock';
import type { Site } from '../../site/site';
import type { SiteUser } from '../../site/types';
import { html, type SafeHtml } from '../html';
import { sameSitePath } from '../same-site-path';
import type { Viewer } from '../viewer';
import { formatTime } from './parts';

/** A rendered page's content, before the sandbox's header and switches wrap it. */
export interface PageContent {
  /** HTTP status; 200 when not given. */
  status?: number;
  title: string;
  body: SafeHtml;
}

/** Demo users a person can act as: everyone but the app's own account. */
export const actingUsers = (users: SiteUser[]): SiteUser[] =>
  users.filter((u) => u.accountType !== 'app');

/** The sandbox's current time in the header, marked when it is not the real time. */
const clockLink = (viewer: Viewer): SafeHtml => {
  const isShifted = sandboxTimeOffset() !== 0;
  const now = formatTime(new Date().toISOString(), viewer.user.timeZone, viewer.user.locale);
  return html`<a
    class="clock ${isShifted ? 'shifted' : ''}"
    href="/sandbox/time"
    data-testid="sandbox-clock"
    title="Set or shift the sandbox's time"
    >${isShifted ? 'Sandbox time (shifted)' : 'Sandbox time'}: ${now}</a
  >`;
};

/** Wraps page content in the emulated Jira's frame: header, acting-user and theme switches. */
export const renderLayout = (
  content: PageContent,
  viewer: Viewer,
  site: Site,
  path: string,
): string => {
  const portalId = site.state.projects[0]?.portalId ?? '1';
  // The switches reload this page; a path such as "//evil.example" would lead to another site.
  const here = sameSitePath(path) ?? '/';
  const otherTheme = viewer.colorMode === 'dark' ? 'light' : 'dark';
  const options = actingUsers(site.state.users).map(
    (user) =>
      html`<option
        value="${user.email}"
        ${user.accountId === viewer.user.accountId ? html`selected` : ''}
      >
        ${user.displayName} (${user.email})
      </option>`,
  );

  return html`<!doctype html>
    <html lang="en" data-theme="${viewer.colorMode}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${content.title} · JSM sandbox</title>
        <link rel="stylesheet" href="/sandbox/site.css" />
        <script src="/sandbox/host.js" defer></script>
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">JSM sandbox</a>
          <nav aria-label="Sandbox">
            <a href="/servicedesk/customer/portal/${portalId}">Help center</a>
            <a href="/jira/settings/apps/status-guide">Apps admin</a>
            ${clockLink(viewer)}
          </nav>
          <div class="switches">
            <form method="get" action="${here}">
              <label
                >Acting as
                <select name="as" data-submit-on-change>
                  ${options}
                </select>
              </label>
              <noscript><button type="submit">Switch</button></noscript>
            </form>
            <a href="${here}?theme=${otherTheme}"
              >${otherTheme === 'dark' ? 'Dark theme' : 'Light theme'}</a
            >
          </div>
        </header>
        <main>
          ${viewer.notice ? html`<p class="notice" role="status">${viewer.notice}</p>` : ''}
          ${content.body}
        </main>
      </body>
    </html> `.text;
};
