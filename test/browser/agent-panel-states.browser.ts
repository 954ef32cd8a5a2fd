// The agent panel in states the demo site does not start in: a status the catalogue does not
// know, a desk without a business calendar, a promise kept late.
import '../support/install-clock';

import { kvs } from '@forge/kvs';
import type { Page } from 'playwright-core';

import { defaultConfig } from '../../src/domain/config/defaults';
import { setClock } from '../support/fixed-clock';
import { demo } from '../support/sandbox-harness';
import {
  accessibilityViolations,
  appPanel,
  openPage,
  saveScreenshot,
  themes,
  useBrowserRun,
} from './browser';

const acknowledge = 'Acknowledge within 8 business hours';

describe('the agent’s panel in states of its own making', () => {
  // Thursday 3 December 2026, 14:00 in Auckland.
  const run = useBrowserRun('2026-12-03T01:00:00Z');

  const check = async (page: Page, name: string): Promise<void> => {
    await saveScreenshot(page, name);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  };

  describe.each(themes)('in the %s theme', (theme) => {
    const openIssue = (issueKey: string): Promise<Page> =>
      openPage(run.browser, `${run.sandbox.baseUrl}/browse/${issueKey}`, { as: demo.agent, theme });

    it('warns that a status the catalogue does not know gets a general explanation', async () => {
      const status = run.sandbox.harness.site
        .project('FS')
        ?.workflow.statuses.find((candidate) => candidate.name === 'On Hold');
      if (status === undefined) throw new Error('The demo workflow has no On Hold status.');
      status.name = 'Parked by the night shift';
      try {
        const page = await openIssue('FS-15');
        const panel = appPanel(page);

        await panel.getByText("This status isn't mapped to the Status Guide catalogue").waitFor();
        const general = panel.getByText('Your request is being worked on.');
        await general.first().waitFor();
        expect(await general.count()).toBeGreaterThan(0);
        await check(page, `agent-unmapped-status-${theme}`);
      } finally {
        status.name = 'On Hold';
      }
    });

    it('warns that without a calendar the clocks count a plain working week', async () => {
      await kvs.set('config:site', { ...defaultConfig, calendar: null });
      try {
        const page = await openIssue('FS-8');
        const panel = appPanel(page);

        const warning = panel.getByText('No business calendar is set for this project');
        await warning.waitFor();
        const dispatch = panel
          .getByRole('list', { name: 'Promises' })
          .getByRole('listitem')
          .filter({ hasText: 'Dispatch within 5 business days' });
        expect(await dispatch.count()).toBe(1);
        await check(page, `agent-no-calendar-${theme}`);
      } finally {
        await kvs.delete('config:site');
      }
    });
  });

  it.each(themes)('shows an acknowledgement kept late as met late (%s theme)', async (theme) => {
    // Monday 7 December, 10:00 in Auckland: the team picks up FS-2 long after its promise.
    const { harness } = run.sandbox;
    // The light run uses the demo's FS-2; the dark one a request raised at the same moment.
    const key =
      theme === 'light'
        ? 'FS-2'
        : harness.site.createRequest({
            projectKey: 'FS',
            requestTypeId: '10',
            reporterId: harness.accountIdOf(demo.customer),
            summary: 'Trip report missing a day',
            description: 'The report for Tuesday is empty.',
          }).key;
    setClock('2026-12-06T21:00:00Z');
    try {
      harness.site.transition(key, '11', harness.accountIdOf(demo.agent));
      await harness.settle();

      const page = await openPage(run.browser, `${run.sandbox.baseUrl}/browse/${key}`, {
        as: demo.agent,
        theme,
      });
      const clock = appPanel(page)
        .getByRole('list', { name: 'Promises' })
        .getByRole('listitem')
        .filter({ hasText: acknowledge });

      await clock.getByText('Met late', { exact: true }).waitFor();
      expect(await clock.getByText(/^Late, /).count()).toBe(1);
      await check(page, `agent-met-late-${theme}`);
    } finally {
      setClock('2026-12-03T01:00:00Z');
    }
  });
});
