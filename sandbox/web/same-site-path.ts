const origin = 'http://sandbox.invalid';

/**
 * The path, query and fragment of `target` as a browser would follow it from this site, when that
 * is a page on this site; null for anything a browser would take to another site or scheme. A
 * browser reads a backslash as a slash and drops tabs and newlines, so "/\evil.example" and
 * "/\t/evil.example" are "//evil.example", another host; "/.//evil.example" normalises to it too.
 * @example sameSitePath('/sandbox/time?x=1') // '/sandbox/time?x=1'
 * @example sameSitePath('/\\evil.example') // null
 */
export const sameSitePath = (target: string): string | null => {
  if (!target.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === origin && !path.startsWith('//') ? path : null;
};
