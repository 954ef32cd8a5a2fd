import express, { type Request, type Response, Router } from 'express';

import { resetSandboxTime, sandboxTimeOffset, setSandboxTime, shiftSandboxTime } from '../clock';
import { SiteError } from '../site/site';
import { renderLayout } from './pages/layout';
import type { PageDeps } from './pages/page';
import { type DemoRequestDraft, timePage, type TimePageState } from './pages/time-page';
import { sameSitePath } from './same-site-path';
import { resolveViewer } from './viewer';
import { isInSandboxYears, sandboxYears, wallTimeToInstant, yearProblem } from './wall-time';

/** The longest shift one click may make: a year either way. */
const maxShiftMinutes = 366 * 1440;

const field = (request: Request, name: string): string => {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

/** Only the sandbox's own pages are a place to go back to. */
const safeBack = (back: string): string => sameSitePath(back) ?? '/sandbox/time';

/** Why a date and time was refused: its year, or else how to write one. */
const problemOf = (refused: 'format' | 'year', howToWrite: string): string =>
  refused === 'year' ? yearProblem : howToWrite;

/**
 * The sandbox's time page and its forms: set, shift or reset the site's clock, and raise a demo
 * request at a chosen time. Both forms work without script; a refused form is shown again with
 * its message and what was typed. `GET /sandbox/clock` answers the current time as JSON for
 * scripts.
 */
export const timeRoutes = (deps: PageDeps): Router => {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '64kb' });

  const render = (request: Request, response: Response, state: TimePageState = {}): void => {
    const viewer = resolveViewer(deps.site, request, response);
    const content = timePage(deps, viewer, state);
    response
      .status(content.status ?? 200)
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(renderLayout(content, viewer, deps.site, '/sandbox/time'));
  };

  router.get('/sandbox/time', (request, response) => {
    render(request, response);
  });

  router.get('/sandbox/clock', (_request, response) => {
    response.json({ now: new Date().toISOString(), offsetMs: sandboxTimeOffset() });
  });

  router.post('/sandbox/clock', form, (request, response) => {
    const viewer = resolveViewer(deps.site, request, response);
    const action = field(request, 'action');
    const shift = field(request, 'shiftMinutes');

    if (shift !== '') {
      const minutes = Number(shift);
      if (!Number.isInteger(minutes) || Math.abs(minutes) > maxShiftMinutes) {
        render(request, response, {
          problem: 'A shift is a whole number of minutes, up to a year.',
        });
        return;
      }
      if (!isInSandboxYears(new Date(Date.now() + minutes * 60_000), viewer.user.timeZone)) {
        render(request, response, {
          problem: `A shift cannot take the clock out of the years ${sandboxYears.first} to ${sandboxYears.last}.`,
        });
        return;
      }
      shiftSandboxTime(minutes * 60_000);
    } else if (action === 'reset') {
      resetSandboxTime();
    } else if (action === 'set') {
      const at = wallTimeToInstant(field(request, 'at'), viewer.user.timeZone);
      if (!('instant' in at)) {
        render(request, response, {
          problem: problemOf(
            at.refused,
            'Enter a date and time such as 2026-12-24T16:30 to set the clock.',
          ),
        });
        return;
      }
      setSandboxTime(at.instant);
    } else {
      render(request, response, { problem: 'Choose a time to set, a shift, or real time.' });
      return;
    }
    response.redirect(303, safeBack(field(request, 'back')));
  });

  router.post('/sandbox/requests', form, (request, response) => {
    const viewer = resolveViewer(deps.site, request, response);
    const draft: DemoRequestDraft = {
      requestTypeId: field(request, 'requestTypeId'),
      reporter: field(request, 'reporter'),
      summary: field(request, 'summary'),
      description: field(request, 'description'),
      createdAt: field(request, 'createdAt'),
    };
    const refuse = (problem: string): void => {
      render(request, response, { problem, draft });
    };

    const raisedAt = wallTimeToInstant(draft.createdAt, viewer.user.timeZone);
    if (!('instant' in raisedAt)) {
      refuse(
        problemOf(raisedAt.refused, 'Enter when the request was raised, such as 2026-12-04T16:30.'),
      );
      return;
    }
    const createdAt = raisedAt.instant;
    if (createdAt.getTime() > Date.now()) {
      refuse('A request cannot be raised after the sandbox’s current time; move the clock first.');
      return;
    }
    const reporter = deps.site.userByEmail(draft.reporter);
    const project = deps.site.state.projects[0];
    if (!reporter || !project) {
      refuse('Choose who raised the request from the list.');
      return;
    }

    try {
      const issue = deps.site.createRequest({
        projectKey: project.key,
        requestTypeId: draft.requestTypeId,
        reporterId: reporter.accountId,
        summary: draft.summary,
        description: draft.description,
        createdAt,
      });
      // Agents land on the issue view; anyone else on the request in the portal they can open.
      const viewer = resolveViewer(deps.site, request, response);
      const isAgent = deps.site.isAgent(viewer.user.accountId, project.key);
      response.redirect(
        303,
        isAgent
          ? `/browse/${issue.key}`
          : `/servicedesk/customer/portal/${project.portalId}/${issue.key}`,
      );
    } catch (error) {
      if (!(error instanceof SiteError)) throw error;
      refuse(error.message);
    }
  });

  return router;
};
