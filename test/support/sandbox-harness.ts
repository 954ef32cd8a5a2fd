import { join } from 'node:path';

import { ForgeEmulator } from '../../sandbox/forge/emulator';
import { SandboxLog } from '../../sandbox/log';
import { handleRest } from '../../sandbox/rest/router';
import type { RestResponse } from '../../sandbox/rest/types';
import { seedSite } from '../../sandbox/site/seed';
import { Site } from '../../sandbox/site/site';
import { recordAppCall } from './contract-guard';

/** The demo users' emails, by what they are for. */
export const demo = {
  customer: 'casey@customer.example',
  otherCustomer: 'morgan@customer.example',
  agent: 'alex@servicedesk.example',
  admin: 'ada@servicedesk.example',
  projectAdmin: 'pat@servicedesk.example',
  installer: 'ian@installer.example',
  integration: 'bridge@partner.example',
} as const;

/** The seeded site's resolved request, reported by the demo customer. */
export const resolvedRequest = 'FS-1';

/** A seeded site with the app running on it, and the calls a person or script would make. */
export interface Harness {
  site: Site;
  emulator: ForgeEmulator;
  log: SandboxLog;
  /** Calls the site's REST API as the user with this email, as a script with an API token would. */
  rest(email: string, method: string, path: string, body?: unknown): RestResponse;
  /** Waits until every event and retry has been delivered. */
  settle(): Promise<void>;
  statusOf(issueKey: string): string;
  accountIdOf(email: string): string;
}

/** Starts the app on a freshly seeded site; nothing is written to disk. */
export const startHarness = async (
  options: { retryDelayScale?: number } = {},
): Promise<Harness> => {
  const site = new Site(seedSite(new Date('2026-12-01T21:00:00Z')));
  const log = new SandboxLog('silent');
  log.observe((entry) => {
    if (entry.type === 'rest' && entry.source === 'app') recordAppCall(entry);
  });
  const emulator = await ForgeEmulator.start({
    site,
    log,
    rootDir: join(__dirname, '..', '..'),
    retryDelayScale: options.retryDelayScale ?? 0.001,
  });

  const accountIdOf = (email: string): string => {
    const user = site.userByEmail(email);
    if (!user) throw new Error(`No demo user ${email}`);
    return user.accountId;
  };

  return {
    site,
    emulator,
    log,
    rest: (email, method, path, body) => {
      const url = new URL(path, 'http://sandbox.local');
      return handleRest(
        site,
        {
          method,
          path: url.pathname,
          query: url.searchParams,
          body,
          caller: site.userByEmail(email) ?? null,
        },
        'http',
        log,
      );
    },
    settle: () => emulator.events.drain(),
    statusOf: (issueKey) => site.status(site.requireIssue(issueKey)).name,
    accountIdOf,
  };
};
