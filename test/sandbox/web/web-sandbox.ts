import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { createSandboxServer } from '../../../sandbox/web/server';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

/** The sandbox's web server on a free port over a freshly seeded site. */
export interface WebSandbox {
  harness: Harness;
  baseUrl: string;
  /** GETs a page or file, acting as the user with this email when one is given. */
  get(path: string, as?: string): Promise<Response>;
  /** POSTs raw text or a JSON value to a path, with extra headers. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /**
   * Submits a page's form as the user with this email (the demo agent by default), as the browser
   * would with the user switch's cookie; redirects are not followed, so the answer shows them.
   */
  submitForm(path: string, fields: Record<string, string>, as?: string): Promise<Response>;
  /** The sandbox clock's current instant, as its clock endpoint reports it. */
  now(): Promise<string>;
  /** The frame ids of the iframes in a page's HTML, in order. */
  frameIdsIn(page: string): string[];
  close(): Promise<void>;
}

/** Starts the web server in-process on port 0. */
export const startWebSandbox = async (): Promise<WebSandbox> => {
  const harness = await startHarness();
  const app = createSandboxServer({
    site: harness.site,
    emulator: harness.emulator,
    log: harness.log,
    rootDir: join(__dirname, '..', '..', '..'),
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, () => {
      resolve(listening);
    });
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    harness,
    baseUrl,
    get: (path, as) => {
      const url = new URL(path, baseUrl);
      if (as) url.searchParams.set('as', as);
      return fetch(url);
    },
    post: (path, body, headers = {}) =>
      fetch(new URL(path, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    submitForm: (path, fields, as = demo.agent) =>
      fetch(new URL(path, baseUrl), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Cookie: `sandbox_as=${encodeURIComponent(as)}`,
        },
        body: new URLSearchParams(fields).toString(),
      }),
    now: async () => {
      const answer = await fetch(new URL('/sandbox/clock', baseUrl));
      return ((await answer.json()) as { now: string }).now;
    },
    frameIdsIn: (page) =>
      [...page.matchAll(/src="\/forge\/frames\/([0-9a-f]+)"/g)].map((m) => m[1] ?? ''),
    close: async () => {
      await harness.settle();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        }),
      );
    },
  };
};

/** A Basic authorization header for an email and any password. */
export const basicAuth = (email: string): Record<string, string> => ({
  Authorization: `Basic ${Buffer.from(`${email}:any-password`).toString('base64')}`,
});
