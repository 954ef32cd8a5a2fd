import type { Request, Response } from 'express';

import type { Site } from '../site/site';
import type { SiteUser } from '../site/types';
import type { ColorMode } from './types';

/** The acting user's email; pages set it, REST calls from those pages read it. */
export const actingUserCookie = 'sandbox_as';
const themeCookie = 'sandbox_theme';
const localeCookie = 'sandbox_locale';

/** Who acts when nobody was chosen: the demo customer. */
export const defaultActingEmail = 'casey@customer.example';

/** The person looking at a page: whom they act as, their theme, and what went wrong choosing. */
export interface Viewer {
  user: SiteUser;
  colorMode: ColorMode;
  /** The locale the app's panels get in their context: `?locale=`, else the user's own. */
  locale: string;
  /** Said at the top of the page, e.g. when `?as=` names no demo user; null when all is well. */
  notice: string | null;
}

/** The request's cookies by name; an empty object when it sent none. */
export const readCookies = (request: Request): Record<string, string> => {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.split('=');
    if (!name?.trim()) continue;
    try {
      cookies[name.trim()] = decodeURIComponent(rest.join('=').trim());
    } catch {
      // A cookie that is not valid percent-encoding was not set by the sandbox; skip it.
    }
  }
  return cookies;
};

/**
 * The demo user with this email whom pages and scripts may act as; undefined for an unknown
 * email and for the app's own account (acting as the app would bypass every permission check
 * and hide the change from the app's triggers).
 */
export const actingUserByEmail = (site: Site, email: string): SiteUser | undefined => {
  const user = site.userByEmail(email);
  return user?.accountType === 'app' ? undefined : user;
};

/** The user the page session acts as, from its cookie; null when there is none or it is stale. */
export const sessionUser = (site: Site, request: Request): SiteUser | null => {
  const email = readCookies(request)[actingUserCookie];
  return (email && actingUserByEmail(site, email)) || null;
};

const queryText = (request: Request, name: string): string | undefined => {
  const value = request.query[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Works out whom a page request acts as (`?as=`, else the cookie, else Casey; never the app's
 * account) and its theme
 * (`?theme=`, else the cookie, else light), and keeps both in cookies so the page's own REST
 * calls act as the same user.
 */
export const resolveViewer = (site: Site, request: Request, response: Response): Viewer => {
  const cookies = readCookies(request);
  const asked = queryText(request, 'as');
  const askedUser = asked ? actingUserByEmail(site, asked) : undefined;
  const user =
    askedUser ??
    sessionUser(site, request) ??
    actingUserByEmail(site, defaultActingEmail) ??
    site.state.users.find((candidate) => candidate.accountType !== 'app');
  if (!user) throw new Error('The site has no users to act as.');

  const askedTheme = queryText(request, 'theme');
  const colorMode: ColorMode = (askedTheme ?? cookies[themeCookie]) === 'dark' ? 'dark' : 'light';

  // `?locale=` tries a panel in another language; `?locale=` with nothing returns to the user's.
  const askedLocale = queryText(request, 'locale');
  const chosenLocale = askedLocale ?? cookies[localeCookie] ?? '';
  const locale = isLocaleCode(chosenLocale) ? chosenLocale : user.locale;

  const options = { path: '/', sameSite: 'lax', httpOnly: true } as const;
  if (askedLocale !== undefined && cookies[localeCookie] !== askedLocale)
    response.cookie(localeCookie, askedLocale, options);
  if (cookies[actingUserCookie] !== user.email)
    response.cookie(actingUserCookie, user.email, options);
  if (cookies[themeCookie] !== colorMode) response.cookie(themeCookie, colorMode, options);

  const notice = asked && !askedUser ? refusalOf(site, asked) : null;
  return { user, colorMode, locale, notice };
};

const isLocaleCode = (code: string): boolean => /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(code);

const refusalOf = (site: Site, email: string): string =>
  site.userByEmail(email)
    ? `${email} is the app's own account; pages cannot act as it.`
    : `No demo user has the email ${email}.`;
