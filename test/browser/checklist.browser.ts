// The app and the sandbox must run on the settable clock, so the panels read the same every day.
import '../support/install-clock';

import type { WebSandbox } from '../sandbox/web/web-sandbox';
import { demo } from '../support/sandbox-harness';
import {
  accessibilityViolations,
  appPanel,
  openPage,
  saveScreenshot,
  themes,
  useBrowserRun,
} from './browser';

/** Seeded: a fault report waiting for Casey's reply, which lacks the vehicle registration. */
const waitingRequest = 'FS-4';
/** Seeded: field maintenance assigned to the installer, lacking registration, contact and place. */
const fieldMaintenance = 'FS-10';

const portalUrl = (sandbox: WebSandbox, issueKey: string): string =>
  `${sandbox.baseUrl}/servicedesk/customer/portal/1/${issueKey}`;

const waitForStatus = async (sandbox: WebSandbox, issueKey: string, status: string) => {
  for (let tries = 0; tries < 50 && sandbox.harness.statusOf(issueKey) !== status; tries += 1) {
    await sandbox.harness.settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return sandbox.harness.statusOf(issueKey);
};

describe('the missing-information checklist in the panels', () => {
  // Thursday 3 December 2026, 14:00 in Auckland.
  const run = useBrowserRun('2026-12-03T01:00:00Z');

  it.each(themes)('shows the customer what is missing in the %s theme', async (theme) => {
    const page = await openPage(run.browser, portalUrl(run.sandbox, fieldMaintenance), {
      as: demo.customer,
      theme,
    });
    const list = appPanel(page).getByRole('list', { name: 'Information we need' });

    await list.getByText('Vehicle registration').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(3);
    expect(
      await appPanel(page)
        .getByText(/serial/i)
        .count(),
    ).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, `portal-checklist-${theme}`);
    await page.context().close();
  });

  it.each(themes)(
    'shows the agent the checklist with its team-only item in the %s theme',
    async (theme) => {
      const page = await openPage(
        run.browser,
        `${run.sandbox.baseUrl}/browse/${fieldMaintenance}`,
        {
          as: demo.agent,
          theme,
        },
      );
      const list = appPanel(page).getByRole('list', { name: 'Missing information' });

      await list.getByText('Serial number of the unit').waitFor();
      expect(await appPanel(page).getByText('3 required items are missing.').isVisible()).toBe(
        true,
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `agent-checklist-${theme}`);
      await page.context().close();
    },
  );

  it('lets the customer add the registration with the keyboard, refusing a wrong one first, and hands the request back', async () => {
    const page = await openPage(run.browser, portalUrl(run.sandbox, waitingRequest), {
      as: demo.customer,
      theme: 'light',
    });
    const panel = appPanel(page);

    const add = panel.getByRole('button', { name: 'Add vehicle registration' });
    await add.focus();
    await page.keyboard.press('Enter');
    const field = panel.getByRole('textbox', { name: 'Vehicle registration' });
    await field.fill('next week');
    await page.keyboard.press('Enter');
    await panel.getByText('Enter the registration as on the plate, for example ABC123.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-checklist-value-refused');
    expect(run.sandbox.harness.statusOf(waitingRequest)).toBe('Waiting for Customer');

    expect(await panel.getByRole('heading', { name: 'Your action is needed' }).isVisible()).toBe(
      true,
    );
    await field.fill('KLM 482');
    await page.keyboard.press('Enter');
    await panel.getByText('We have everything we need; the optional details still help.').waitFor();
    const road = panel.getByRole('list', { name: 'The road ahead' });
    await road.locator('[aria-current="step"]', { hasText: 'In Progress' }).waitFor();
    expect(await road.locator('[aria-current="step"]').textContent()).toBe(
      'In Progress (you are here)',
    );
    expect(await panel.getByRole('heading', { name: 'Your action is needed' }).count()).toBe(0);

    expect(await waitForStatus(run.sandbox, waitingRequest, 'In Progress')).toBe('In Progress');
    const comments = run.sandbox.harness.site.requireIssue(waitingRequest).comments;
    expect(comments.at(-1)?.body).toBe('Vehicle registration (added in the request panel): KLM482');
    await saveScreenshot(page, 'portal-checklist-complete');
    await page.context().close();
  });

  it('asks the customer for the missing items with one click in the agent panel', async () => {
    const agent = run.sandbox.harness.accountIdOf(demo.agent);
    run.sandbox.harness.site.transition(fieldMaintenance, '131', agent);
    run.sandbox.harness.site.transition(fieldMaintenance, '11', agent);
    await run.sandbox.harness.settle();
    const page = await openPage(run.browser, `${run.sandbox.baseUrl}/browse/${fieldMaintenance}`, {
      as: demo.agent,
      theme: 'dark',
    });
    const panel = appPanel(page);

    await panel.getByRole('button', { name: 'Ask the customer' }).click();
    await panel.getByText('The customer was asked').waitFor();

    expect(await waitForStatus(run.sandbox, fieldMaintenance, 'Waiting for Customer')).toBe(
      'Waiting for Customer',
    );
    const asked = run.sandbox.harness.site.requireIssue(fieldMaintenance).comments.at(-1);
    expect(asked?.body).toContain('- Vehicle registration');
    expect(asked?.body).not.toMatch(/serial/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-checklist-asked');
    await page.context().close();
  });
});
