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

const reopenWindowLabel = 'Only within this many days of resolution';

/** Settings an admin may not save, the tab each is on, and what the page says about each. */
const refusedSettings = [
  {
    tab: 'General',
    field: 'Company name',
    value: '',
    message: 'Enter your company name.',
    slug: 'company-name',
  },
  {
    tab: 'Rules',
    field: reopenWindowLabel,
    value: '400',
    message: 'The reopen window must be between 1 and 365 days.',
    slug: 'reopen-window',
  },
];

/** People who are not Jira administrators. */
const nonAdmins = [
  { who: 'an agent', email: demo.agent, name: 'Alex Agent', slug: 'agent' },
  { who: 'a customer', email: demo.customer, name: 'Casey Customer', slug: 'customer' },
  {
    who: 'a project admin',
    email: demo.projectAdmin,
    name: 'Pat Projectadmin',
    slug: 'project-admin',
  },
];

describe('the Status Guide admin page', () => {
  const run = useBrowserRun();

  const openSettings = (theme: Theme, as: string = demo.admin): Promise<Page> =>
    openPage(run.browser, `${run.sandbox.baseUrl}/jira/settings/apps/status-guide`, { as, theme });

  describe.each(themes)('in the %s theme', (theme) => {
    it('shows the admin every site default and every status of the catalogue', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'General' }).waitFor();
      expect(await panel.getByRole('button', { name: 'Save settings' }).count()).toBe(1);
      const catalogue = panel.getByRole('table', { name: 'Status catalogue' });
      for (const entry of fieldServicePreset) {
        expect(await catalogue.getByRole('rowheader', { name: entry.name }).isVisible()).toBe(true);
      }
      await saveScreenshot(page, `admin-loaded-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('keeps a company name and a reopen window edited on two tabs and saved once, after a reload', async () => {
      const companyName = `Fleetwise ${theme}`;
      const windowDays = theme === 'light' ? '30' : '45';
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByLabel('Company name').fill(companyName);
      await panel.getByRole('tab', { name: 'Rules' }).click();
      await panel.getByLabel(reopenWindowLabel).fill(windowDays);
      await panel.getByRole('button', { name: 'Save settings' }).click();
      await panel.getByRole('heading', { name: 'Settings saved' }).waitFor();
      await saveScreenshot(page, `admin-saved-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.reload();
      const reloaded = appPanel(page);
      const field = reloaded.getByLabel('Company name');
      await field.waitFor();
      expect(await field.inputValue()).toBe(companyName);
      await reloaded.getByRole('tab', { name: 'Rules' }).click();
      expect(await reloaded.getByLabel(reopenWindowLabel).inputValue()).toBe(windowDays);
      await page.context().close();
    });

    it.each(refusedSettings)(
      'refuses to save when "$field" on $tab is "$value" and says "$message"',
      async ({ tab, field, value, message, slug }) => {
        const page = await openSettings(theme);
        const panel = appPanel(page);

        await panel.getByRole('tab', { name: tab }).click();
        await panel.getByLabel(field).fill(value);
        await panel.getByRole('button', { name: 'Save settings' }).click();
        await panel.getByText(message, { exact: true }).waitFor();
        expect(await panel.getByRole('heading', { name: 'Settings saved' }).count()).toBe(0);
        await saveScreenshot(page, `admin-refused-${slug}-${theme}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.context().close();
      },
    );

    it('maps the statuses of every project in the site defaults, with the list of projects', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'Status mapping' }).click();
      expect(await panel.getByRole('link', { name: 'IT Help Desk (IT)' }).isVisible()).toBe(true);
      const row = panel.getByRole('row', { name: /Triage/ });
      await row.waitFor();
      expect(await row.getByText('Not matched').isVisible()).toBe(true);
      await saveScreenshot(page, `admin-site-defaults-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('shows each request type of the site taking the preset’s checklist by its name', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'Checklist' }).click();
      await panel
        .getByText('From the preset for fault reports, matched by the name “Report a fault”.')
        .waitFor();
      const presetItems = panel.getByRole('list', { name: 'The preset’s items' });
      expect(await presetItems.getByRole('listitem').count()).toBe(4);
      expect(await panel.getByText(/no longer offered/).count()).toBe(0);
      await saveScreenshot(page, `admin-checklist-by-name-${theme}`);
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
      expect(await appPanel(page).getByRole('tab', { name: 'General' }).count()).toBe(0);
      expect(
        await appPanel(page)
          .getByText('open its Project settings, then Status Guide under Apps', { exact: false })
          .isVisible(),
      ).toBe(true);
      await saveScreenshot(page, `admin-not-admin-${slug}-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  });
});
