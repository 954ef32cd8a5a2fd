import type { Page } from 'playwright-core';

import { fieldServicePreset } from '../../src/domain/catalogue/field-service-preset';
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

/** Settings an admin may not save, and what the page says about each. */
const refusedSettings = [
  { field: 'Company name', value: '', message: 'Enter your company name.', slug: 'company-name' },
  {
    field: 'Status a reopened request moves to',
    value: ' ',
    message: 'Enter the status a reopened request moves to.',
    slug: 'target-status',
  },
];

/** People who are not Jira administrators. */
const nonAdmins = [
  { who: 'an agent', email: demo.agent, name: 'Alex Agent', slug: 'agent' },
  { who: 'a customer', email: demo.customer, name: 'Casey Customer', slug: 'customer' },
];

describe('the Status Guide admin page', () => {
  const run = useBrowserRun();

  const openSettings = (theme: Theme, as: string = demo.admin): Promise<Page> =>
    openPage(run.browser, `${run.sandbox.baseUrl}/jira/settings/apps/status-guide`, { as, theme });

  describe.each(themes)('in the %s theme', (theme) => {
    it('shows the admin the settings and every status of the catalogue', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('form', { name: 'Settings' }).waitFor();
      const catalogue = panel.getByRole('table', { name: 'Status catalogue' });
      for (const entry of fieldServicePreset) {
        expect(await catalogue.getByRole('rowheader', { name: entry.name }).isVisible()).toBe(true);
      }
      await saveScreenshot(page, `admin-loaded-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('saves a new company name, which the page shows again after a reload', async () => {
      const companyName = `Fleetwise ${theme}`;
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByLabel('Company name').fill(companyName);
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByRole('heading', { name: 'Settings saved' }).waitFor();
      await saveScreenshot(page, `admin-saved-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.reload();
      const field = appPanel(page).getByLabel('Company name');
      await field.waitFor();
      expect(await field.inputValue()).toBe(companyName);
      await page.context().close();
    });

    it.each(refusedSettings)(
      'refuses to save when "$field" is "$value" and says "$message"',
      async ({ field, value, message, slug }) => {
        const page = await openSettings(theme);
        const panel = appPanel(page);

        await panel.getByLabel(field).fill(value);
        await panel.getByRole('button', { name: 'Save' }).click();
        await panel.getByText(message).waitFor();
        expect(await panel.getByRole('heading', { name: 'Settings saved' }).count()).toBe(0);
        await saveScreenshot(page, `admin-refused-${slug}-${theme}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.context().close();
      },
    );

    it('opens every site default in the full editor, with the list of projects', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      expect(await panel.getByRole('link', { name: 'IT Help Desk (IT)' }).isVisible()).toBe(true);
      await panel.getByRole('button', { name: 'Edit every site default' }).click();
      await panel.getByRole('tab', { name: 'Status mapping' }).click();
      const row = panel.getByRole('row', { name: /Triage/ });
      await row.waitFor();
      expect(await row.getByText('Not matched').isVisible()).toBe(true);
      await saveScreenshot(page, `admin-site-defaults-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it.each(nonAdmins)('refuses $who the settings', async ({ email, name, slug }) => {
      const page = await openSettings(theme, email);

      const refusal = appPanel(page).getByText(
        "You don't have access to the Status Guide settings.",
      );
      await refusal.waitFor();
      expect(await page.getByText(`${name} is not a Jira administrator.`).isVisible()).toBe(true);
      expect(await appPanel(page).getByRole('form', { name: 'Settings' }).count()).toBe(0);
      await saveScreenshot(page, `admin-not-admin-${slug}-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  });
});
