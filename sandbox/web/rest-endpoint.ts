import express, { type Request, type Response, Router } from 'express';

import type { SandboxLog } from '../log';
import { handleRest } from '../rest/router';
import type { RestResponse } from '../rest/types';
import { type Site, SiteError } from '../site/site';
import type { SiteUser } from '../site/types';
import { jiraError, parseJsonBody } from './jira-errors';
import { reportFailure } from './report-failure';
import { sessionUser } from './viewer';

/** Who calls: basic auth with a demo user's email (any password), else the page session. */
type Caller = { ok: true; user: SiteUser | null } | { ok: false };

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
    if (!body.ok) {
      send(response, jiraError(400, body.message));
      return;
    }

    const caller = callerOf(site, request);
    if (!caller.ok) {
      send(response, jiraError(401, 'Client must be authenticated to access this resource.'));
      return;
    }

    try {
      const restRequest = {
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        body: body.value,
        caller: caller.user,
      };
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
  const user = site.userByEmail(colon === -1 ? decoded : decoded.slice(0, colon));
  return user && user.accountType !== 'app' ? { ok: true, user } : { ok: false };
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
