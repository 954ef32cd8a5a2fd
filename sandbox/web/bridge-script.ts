/**
 * The bridge shim injected into every Custom UI frame before the app's bundle: it defines
 * `window.__bridge.callBridge(name, payload)`, which `@forge/bridge` looks up as it loads, sends
 * each call to the sandbox for this frame, and tells the host page the frame's height.
 */
export const bridgeScript = `(() => {
  const frameId = document.currentScript && document.currentScript.dataset.frameId;
  const root = document.documentElement;
  const themes = 'dark:dark light:light spacing:spacing typography:typography shape:shape';

  const call = async (name, payload) => {
    const response = await fetch('/forge/frames/' + encodeURIComponent(frameId) + '/bridge', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, payload: payload === undefined ? null : payload }),
    });
    let answer = null;
    try {
      answer = await response.json();
    } catch {
      answer = null;
    }
    if (!response.ok) {
      const message = answer && answer.message;
      throw new Error(message || 'Bridge call ' + name + ' failed with HTTP ' + response.status);
    }
    return answer;
  };

  const enableTheming = async () => {
    const { colorMode } = await call('enableTheming');
    root.setAttribute('data-color-mode', colorMode);
    root.setAttribute('data-theme', themes);
    if (document.querySelector('link[data-sandbox-theme]')) return null;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/forge/theme.css';
    link.setAttribute('data-sandbox-theme', '');
    const loaded = new Promise((resolve) => {
      link.onload = resolve;
      link.onerror = resolve;
    });
    document.head.appendChild(link);
    await loaded;
    return null;
  };

  let lastHeight = -1;
  const reportHeight = () => {
    const height = root.offsetHeight;
    if (height === lastHeight || window.parent === window) return;
    lastHeight = height;
    window.parent.postMessage({ type: 'sandbox:frame-height', frameId, height }, location.origin);
  };

  // router.navigate and router.open: only to a page of this site, as Jira keeps apps on it.
  const navigate = (payload) => {
    const target = new URL(String((payload && payload.url) || '/'), location.origin);
    if (target.origin !== location.origin) return Promise.resolve(null);
    if (payload.type === 'new-tab') window.open(target.href, '_blank', 'noopener');
    else window.top.location.assign(target.href);
    return Promise.resolve(null);
  };

  window.__bridge = {
    callBridge(name, payload) {
      if (name === 'enableTheming') return enableTheming();
      if (name === 'resize') reportHeight();
      if (name === 'navigate') return navigate(payload);
      return call(name, payload);
    },
  };

  window.addEventListener('load', reportHeight);
  if (typeof ResizeObserver === 'function') new ResizeObserver(reportHeight).observe(root);
})();
`;
