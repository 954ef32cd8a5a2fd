import { html } from './html';

/**
 * Prepares a Custom UI's index.html to run in a sandbox frame: right after `<head>`, before any
 * of the app's own tags, a `<base>` so its relative assets load from the resource folder, the
 * bridge shim, so `window.__bridge` exists before the bundle looks for it, and, when the
 * sandbox's clock is not the real time, the clock shim with the sandbox's instant in
 * milliseconds, so the app's `Date` reads the sandbox's time.
 *
 * @example injectBridge('<html><head><script src="./a.js"></script>', 'f1', 'portal', 1e12)
 * // '<html><head><base href="/forge/resources/portal/"><script src="/forge/bridge.js"
 * //   data-frame-id="f1"></script><script src="/forge/clock.js"
 * //   data-sandbox-now="1000000000000"></script><script src="./a.js"></script>'
 */
export const injectBridge = (
  indexHtml: string,
  frameId: string,
  resourceKey: string,
  sandboxNowMs: number | null = null,
): string => {
  const clock =
    sandboxNowMs === null
      ? ''
      : html`<script src="/forge/clock.js" data-sandbox-now="${String(sandboxNowMs)}"></script>`
          .text;
  const injected =
    html`<base href="/forge/resources/${encodeURIComponent(resourceKey)}/" />
      <script src="/forge/bridge.js" data-frame-id="${frameId}"></script>`.text + clock;

  const head = /<head(\s[^>]*)?>/i.exec(indexHtml);
  if (!head) return injected + indexHtml;
  const at = head.index + head[0].length;
  return indexHtml.slice(0, at) + injected + indexHtml.slice(at);
};
