import { html } from './html';

/**
 * Prepares a Custom UI's index.html to run in a sandbox frame: right after `<head>`, before any
 * of the app's own tags, a `<base>` so its relative assets load from the resource folder and the
 * bridge shim, so `window.__bridge` exists before the bundle looks for it.
 *
 * @example injectBridge('<html><head><script src="./a.js"></script>', 'f1', 'portal')
 * // '<html><head><base href="/forge/resources/portal/"><script src="/forge/bridge.js"
 * //   data-frame-id="f1"></script><script src="./a.js"></script>'
 */
export const injectBridge = (indexHtml: string, frameId: string, resourceKey: string): string => {
  const injected = html`<base href="/forge/resources/${encodeURIComponent(resourceKey)}/" />
    <script src="/forge/bridge.js" data-frame-id="${frameId}"></script>`.text;

  const head = /<head(\s[^>]*)?>/i.exec(indexHtml);
  if (!head) return injected + indexHtml;
  const at = head.index + head[0].length;
  return indexHtml.slice(0, at) + injected + indexHtml.slice(at);
};
