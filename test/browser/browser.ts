import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type FrameLocator, type Page } from 'playwright-core';

import { startWebSandbox, type WebSandbox } from '../sandbox/web/web-sandbox';
import { restoreClock, setClock } from '../support/fixed-clock';

/** Where screenshots go; CI keeps this folder. */
export const screenshotDir = join(__dirname, '..', '..', 'artifacts', 'screenshots');

/** The sandbox's colour themes; every surface is checked in both. */
export const themes = ['light', 'dark'] as const;

/** One of the sandbox's colour themes. */
export type Theme = (typeof themes)[number];

/** The sandbox served on the web and the Chromium that visits it, for one test file. */
export interface BrowserRun {
  readonly sandbox: WebSandbox;
  readonly browser: Browser;
}

/**
 * Starts a sandbox and Chromium before the file's tests, with the clock set to `at` when given,
 * and stops both (and puts the clock back) after them. Read the run only inside tests and hooks.
 */
export const useBrowserRun = (at?: string): BrowserRun => {
  const run = {} as { sandbox: WebSandbox; browser: Browser };

  beforeAll(async () => {
    if (at !== undefined) setClock(at);
    run.sandbox = await startWebSandbox();
    run.browser = await launchChromium();
  });

  afterAll(async () => {
    await run.browser.close();
    await run.sandbox.close();
    if (at !== undefined) restoreClock();
  });

  return run;
};

/** Debian's Chromium, started the way this machine allows (no sandbox, no background network). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** Who opens a sandbox page, and in which theme. */
export interface Visit {
  /** The demo user's email, as `?as=` takes it. */
  as: string;
  theme: Theme;
}

/**
 * Opens a sandbox page as a demo user in a theme, in a context of its own (axe needs one), with
 * the browser's clock, zone and locale those of the demo desk. Close the page's context after.
 */
export const openPage = async (
  browser: Browser,
  url: string,
  { as, theme }: Visit,
): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 900 },
    locale: 'en-NZ',
    timezoneId: 'Pacific/Auckland',
  });
  // The test process runs on the sandbox's settable clock; the panels' "today" must agree.
  await context.clock.setFixedTime(new Date());
  const page = await context.newPage();
  const address = new URL(url);
  address.searchParams.set('as', as);
  address.searchParams.set('theme', theme);
  await page.goto(address.href);
  return page;
};

/** The app's panel on a sandbox page: the first iframe. */
export const appPanel = (page: Page): FrameLocator => page.locator('iframe').first().contentFrame();

/**
 * The accessibility violations of the whole page, the host's and those inside the app's frames,
 * as "rule: help (where)" lines; an empty list when there are none.
 */
export const accessibilityViolations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' > '))
        .join(', ')})`,
  );
};

// Run in the page, whose DOM this Node project has no types for.
const framesSizedScript = `Array.from(document.querySelectorAll('iframe')).every((frame) => {
  const content = frame.contentDocument && frame.contentDocument.documentElement;
  return Boolean(content) && Math.abs(frame.offsetHeight - content.offsetHeight) <= 2;
})`;

/** Saves a full-page screenshot under artifacts/screenshots, once the app's frames are sized. */
export const saveScreenshot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(screenshotDir, { recursive: true });
  // The host sizes each app frame to its content; the screenshot shows the page as read.
  await page.waitForFunction(framesSizedScript);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
};
