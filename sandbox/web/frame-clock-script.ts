/**
 * The clock shim injected into every Custom UI frame before the app's bundle: the frame page
 * carries the sandbox's current instant (`data-sandbox-now`, milliseconds), and the shim makes
 * the frame's `Date` run from there, so a panel's "today" is the sandbox's day. Without the
 * attribute, as when the sandbox runs on the real time, the frame keeps its own `Date`.
 *
 * As on the server (sandbox/clock.ts), `Date` becomes a proxy of the real one: its prototype and
 * statics stay the real ones, since libraries subclass `Date` and read its method names; only
 * "now" is shifted. The offset is read once, when the page loads.
 */
export const frameClockScript = `(() => {
  const script = document.currentScript;
  const stated = script ? script.getAttribute('data-sandbox-now') : null;
  const sandboxNow = stated === null ? NaN : Number(stated);
  if (!Number.isFinite(sandboxNow)) return;

  const RealDate = window.Date;
  const offsetMs = sandboxNow - RealDate.now();
  const now = () => RealDate.now() + offsetMs;

  window.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, property, receiver) {
      return property === 'now' ? now : Reflect.get(target, property, receiver);
    },
  });
})();
`;
