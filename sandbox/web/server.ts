import express, { type ErrorRequestHandler } from 'express';

import { attachmentRoutes } from './attachment-routes';
import { forgeRoutes } from './forge-routes';
import { FrameRegistry } from './frames';
import { hostScript } from './host-script';
import { pageRoutes } from './page-routes';
import { reportFailure } from './report-failure';
import { restEndpoint } from './rest-endpoint';
import { siteCss } from './site-css';
import { timeRoutes } from './time-routes';
import type { SandboxServerOptions } from './types';

/** Longest the settle endpoint waits for the app to finish reacting to a change. */
const settleLimitMs = 5000;

/**
 * The sandbox's web server on one port: Jira's REST API under /rest, the emulated Jira pages, and
 * the app's Custom UI in frames with their bridge. Nothing a request does stops the server; a
 * failure becomes a 500 answer.
 */
export const createSandboxServer = (options: SandboxServerOptions): express.Express => {
  const app = express();
  const frames = new FrameRegistry();
  app.disable('x-powered-by');

  app.use(restEndpoint(options.site, options.log));
  app.use(forgeRoutes(options, frames));

  app.get('/sandbox/site.css', (_request, response) => {
    response.type('text/css').send(siteCss);
  });
  app.get('/favicon.ico', (_request, response) => {
    response.status(204).end();
  });
  app.get('/sandbox/host.js', (_request, response) => {
    response.type('application/javascript').send(hostScript);
  });
  // Lets a page reload once the app has reacted to what the person just did.
  app.post('/sandbox/settle', async (_request, response) => {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, settleLimitMs)));
    await Promise.race([options.emulator.events.drain(), limit]);
    clearTimeout(timer);
    response.status(204).end();
  });

  const pageDeps = { site: options.site, emulator: options.emulator, frames };
  app.use(timeRoutes(pageDeps));
  app.use(attachmentRoutes(pageDeps));
  app.use(pageRoutes(pageDeps));
  app.use(answerFailure);
  return app;
};

/** Errors become answers here: Jira's shape under /rest, JSON for the bridge, else text. */
const answerFailure: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  const status = statusOf(error);
  const what = `${request.method} ${request.path}`;
  const message =
    status >= 500
      ? reportFailure(what, error)
      : error instanceof Error
        ? error.message
        : String(error);
  if (response.headersSent) return;

  if (request.path.startsWith('/rest/')) {
    response.status(status).json({ errorMessages: [message], errors: {} });
  } else if (request.path.startsWith('/forge/')) {
    response.status(status).json({ message });
  } else {
    response.status(status).type('text/plain').send(`The sandbox failed: ${message}`);
  }
};

const statusOf = (error: unknown): number => {
  const status =
    typeof error === 'object' && error !== null
      ? (error as { status?: unknown }).status
      : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
};
