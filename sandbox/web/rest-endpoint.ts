import express, { type Request, type Response, Router } from 'express';

import type { SandboxLog } from '../log';
import { handleRest } from '../rest/router';
import type { RestRequest, RestResponse } from '../rest/types';
import { type Site, SiteError } from '../site/site';
import type { SiteUser } from '../site/types';
import { jiraError, parseJsonBody } from './jira-errors';
import { reportFailure } from './report-failure';
import { actingUserByEmail, sessionUser } from './viewer';

/** Who calls: basic auth with a demo user's email (any password), else the page session. */
type Caller = { ok: true; user: SiteUser | null } | { ok: false; message: string };

/** How much of a body that is not JSON the log keeps. */
const loggedTextLimit = 2000;

/**
 * Jira's REST API over HTTP: reads the JSON body and the caller, then lets the emulated site
 * answer. Bad JSON is a 400, an unknown basic-auth email a 401 and a failure of the sandbox a 500,
 * all in Jira's error shape.
 */
export const restEndpoint = (site: Site, log: SandboxLog): Router => {
  const router = Router();

  router.use('/rest', express.raw({ type: () => true, limit: '1mb' }), (request, response) => {
    const url = new URL(request.originalUrl, 'http://sandbox.invalid');
    const text = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : '';
    const body = parseJsonBody(text);
    const caller = callerOf(site, request);
    const restRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: body.ok ? body.value : text.slice(0, loggedTextLimit),
      caller: caller.ok ? caller.user : null,
    };
    if (!body.ok) {
      send(response, logRefusal(log, restRequest, jiraError(400, body.message)));
      return;
    }
    if (!caller.ok) {
      send(response, logRefusal(log, restRequest, jiraError(401, caller.message)));
      return;
    }

    try {
      send(response, handleRest(site, restRequest, 'http', log));
    } catch (error) {
      send(response, failure(request.method, url.pathname, error));
    }
  });

  return router;
};

const callerOf = (site: Site, request: Request): Caller => {
  const header = request.headers.authorization ?? '';
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (!basic?.[1]) return { ok: true, user: sessionUser(site, request) };

  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const email = (colon === -1 ? decoded : decoded.slice(0, colon)).trim();
  const user = actingUserByEmail(site, email);
  return user ? { ok: true, user } : { ok: false, message: refusalOf(site, email) };
};

/** Why basic auth named nobody the sandbox lets a script act as, and whom it could name. */
const refusalOf = (site: Site, email: string): string => {
  const demoUsers = site.state.users
    .filter((user) => user.accountType !== 'app')
    .map((user) => user.email)
    .join(', ');
  const problem = site.userByEmail(email)
    ? `${email} is the app's own account, which scripts cannot act as`
    : `No user with the email ${email || '(none)'} on this site`;
  const advice = 'Use one as the basic-auth user name, with any password.';
  return `${problem}; the demo users are: ${demoUsers}. ${advice}`;
};

/** Logs a call refused before it reached the site, as the site logs the calls it answers. */
const logRefusal = (log: SandboxLog, request: RestRequest, answer: RestResponse): RestResponse => {
  log.add({
    type: 'rest',
    at: new Date().toISOString(),
    source: 'http',
    as: request.caller?.accountId ?? 'anonymous',
    method: request.method,
    path: request.path,
    query: request.query.toString(),
    requestBody: request.body,
    status: answer.status,
    responseBody: answer.body,
  });
  return answer;
};

const failure = (method: string, path: string, error: unknown): RestResponse => {
  if (error instanceof SiteError) return jiraError(error.status, error.message);

  const message = reportFailure(`${method} ${path}`, error);
  return jiraError(500, `The sandbox failed to answer ${method} ${path}: ${message}`);
};

const send = (response: Response, answer: RestResponse): void => {
  response.status(answer.status).set(answer.headers ?? {});
  if (answer.body === undefined) {
    response.end();
  } else {
    response.json(answer.body);
  }
};
