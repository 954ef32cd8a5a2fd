// The app and the sandbox must run on the settable clock, so the clocks read the same every day.
import '../support/install-clock';

import type { Page } from 'playwright-core';

import { demo } from '../support/sandbox-harness';
import {
  accessibilityViolations,
  appPanel,
  openPage,
  saveScreenshot,
  type Theme,
  themes,
  useBrowserRun,
} from './browser';

const dispatch = 'Dispatch within 5 business days';
const installerContact = 'Installer contact within 3 business days of receiving the hardware';

/** Demo requests whose promise clocks stand in each state, as of the file's clock. */
const clockCases = [
  {
    issueKey: 'FS-8',
    status: 'Awaiting Dispatch',
    shows: 'the dispatch clock running',
    clocks: [{ promise: dispatch, state: 'Running' }],
  },
  {
    issueKey: 'FS-10',
    status: 'Assigned to Installer',
    shows: 'the dispatch promise met and the installer-contact promise missed',
    clocks: [
      { promise: dispatch, state: 'Met' },
      { promise: installerContact, state: 'Missed' },
    ],
  },
  {
    issueKey: 'FS-9',
    status: 'Awaiting Stock',
    shows: 'the dispatch clock paused while the stock is awaited',
    clocks: [{ promise: dispatch, state: 'Paused' }],
  },
];

/** Facts an agent tries to record with a value the app refuses, and what it says. */
const refusedFacts = [
  {
    issueKey: 'FS-8',
    fact: 'dispatch',
    fields: [{ label: 'Dispatch date', value: '3/12/2026' }],
    message: 'Enter the date as YYYY-MM-DD, for example 2026-12-03.',
  },
  {
    issueKey: 'FS-10',
    fact: 'installer',
    fields: [
      { label: "Installer's name", value: 'Ian Installer' },
      { label: "Installer's phone", value: '021 555 0199 ext 2' },
    ],
    message: 'A phone number has only digits, spaces, brackets, dashes and a leading +.',
  },
];

/** The widths of an element in the page, whose DOM this Node project has no types for. */
interface Box {
  scrollWidth: number;
  clientWidth: number;
}

/** An element whose attributes the page reads, in a DOM this Node project has no types for. */
interface Labelled {
  getAttribute: (name: string) => string | null;
}

const noRequestTypeWarning =
  "This issue has no request type: the customer can't see it in the portal, nor this explanation.";

describe('the agent’s panel on an issue', () => {
  // Thursday 3 December 2026, 14:00 in Auckland: the order waits for dispatch.
  const run = useBrowserRun('2026-12-03T01:00:00Z');

  const openIssue = (issueKey: string, theme: Theme): Promise<Page> =>
    openPage(run.browser, `${run.sandbox.baseUrl}/browse/${issueKey}`, { as: demo.agent, theme });

  describe.each(themes)('in the %s theme', (theme) => {
    it.each(clockCases)(
      'shows on $issueKey ($status) $shows',
      async ({ issueKey, status, clocks }) => {
        const page = await openIssue(issueKey, theme);
        const promises = appPanel(page).getByRole('list', { name: 'Promises' });

        for (const { promise, state } of clocks) {
          const clock = promises.getByRole('listitem').filter({ hasText: promise });
          const lozenge = clock.getByText(state, { exact: true });
          await lozenge.waitFor();
          // The state reads whole, not cut short to fit beside a long promise.
          const { scrollWidth, clientWidth } = await lozenge.evaluate((text: Box) => ({
            scrollWidth: text.scrollWidth,
            clientWidth: text.clientWidth,
          }));
          expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        }
        expect(run.sandbox.harness.statusOf(issueKey)).toBe(status);
        await saveScreenshot(page, `agent-${issueKey}-clocks-${theme}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.context().close();
      },
    );

    it('warns that an issue without a request type is out of the customer’s sight', async () => {
      const page = await openIssue('FS-17', theme);

      const warning = appPanel(page).getByText(noRequestTypeWarning);
      await warning.waitFor();
      expect(await warning.isVisible()).toBe(true);
      await saveScreenshot(page, `agent-no-request-type-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it.each([
      { issueKey: 'FS-1', kind: 'a fault report', buttons: ['Record hold reason'] },
      {
        issueKey: 'FS-8',
        kind: 'a hardware order',
        buttons: ['Record dispatch', 'Record stock ETA', 'Record hold reason'],
      },
    ])(
      'offers on $issueKey, $kind, only the facts that belong there',
      async ({ issueKey, buttons }) => {
        const page = await openIssue(issueKey, theme);
        const panel = appPanel(page);

        await panel.getByRole('heading', { name: 'Recorded details' }).waitFor();
        const offered = panel.getByRole('button', { name: /^Record / });
        expect(
          await offered.evaluateAll((all: Labelled[]) =>
            all.map((button) => button.getAttribute('aria-label')),
          ),
        ).toEqual(buttons);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.context().close();
      },
    );

    it.each(refusedFacts)(
      'refuses the $fact on $issueKey with a bad value, says why and keeps what was typed',
      async ({ issueKey, fact, fields, message }) => {
        const page = await openIssue(issueKey, theme);
        const panel = appPanel(page);

        await panel.getByRole('button', { name: `Record ${fact}`, exact: true }).click();
        const form = panel.getByRole('form', { name: `Record ${fact}` });
        for (const { label, value } of fields) {
          await form.getByLabel(label).fill(value);
        }
        await form.getByRole('button', { name: 'Save' }).click();

        await form.getByText(message).waitFor();
        for (const { label, value } of fields) {
          expect(await form.getByLabel(label).inputValue()).toBe(value);
        }
        const stored = run.sandbox.harness.site.requireIssue(issueKey).properties['status-guide'];
        expect(stored ?? {}).not.toMatchObject({ facts: { [fact]: expect.anything() } });
        await saveScreenshot(page, `agent-${fact}-refused-${theme}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.context().close();
      },
    );
  });
});
