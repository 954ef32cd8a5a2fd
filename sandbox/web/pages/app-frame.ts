import type { UiModule } from '../../forge/manifest';
import type { FrameRegistry } from '../frames';
import { html, type SafeHtml } from '../html';
import type { SandboxEmulator } from '../types';
import type { Viewer } from '../viewer';

/** What a page needs to show the app's Custom UI. */
export interface AppFrameDeps {
  emulator: SandboxEmulator;
  frames: FrameRegistry;
}

/** How {@link appFrames} frames a module. */
export interface AppFrameOptions {
  /**
   * Puts the module's title above its iframe, as Jira does for panels; false where the app's own
   * page heading says it already (the admin page). True when not given.
   */
  showsTitle?: boolean;
}

/**
 * The app's modules of one kind, each with its title and an iframe. Registers a frame per module
 * for the viewer and this extension context; the iframe knows only the frame's id.
 */
export const appFrames = (
  deps: AppFrameDeps,
  kind: UiModule['kind'],
  viewer: Viewer,
  extension: Record<string, unknown>,
  { showsTitle = true }: AppFrameOptions = {},
): SafeHtml => {
  const modules = deps.emulator.manifest.uiModules.filter((m) => m.kind === kind);
  if (modules.length === 0) return html`<p class="muted">The app declares no ${kind} module.</p>`;

  return html`${modules.map((module) => {
    const frame = deps.frames.register({
      moduleKey: module.key,
      resourceKey: module.resource,
      accountId: viewer.user.accountId,
      extension,
      locale: viewer.locale,
      timezone: viewer.user.timeZone,
      theme: viewer.colorMode,
    });
    const title = module.title ?? module.key;
    return html`<section class="app-frame" aria-label="${title}">
      ${showsTitle ? html`<h2>${title}</h2>` : ''}
      <iframe
        src="/forge/frames/${frame.id}"
        title="${title}"
        data-frame-id="${frame.id}"
        data-module-key="${module.key}"
      ></iframe>
    </section>`;
  })}`;
};
