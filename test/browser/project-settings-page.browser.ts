import type { FrameLocator, Page } from 'playwright-core';

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

const itSettingsPath = '/jira/servicedesk/projects/IT/settings/apps/sandbox-app/sandbox';

/** Picks an option of the Atlaskit select labelled `label`. */
const choose = async (panel: FrameLocator, label: string, option: string): Promise<void> => {
  await panel.getByLabel(label, { exact: true }).fill(option);
  await panel.getByRole('option', { name: option, exact: true }).click();
};

describe('the Status Guide project settings page', () => {
  const run = useBrowserRun();

  const openSettings = (theme: Theme, as: string = demo.projectAdmin): Promise<Page> =>
    openPage(run.browser, `${run.sandbox.baseUrl}${itSettingsPath}`, { as, theme });

  describe.each(themes)('in the %s theme', (theme) => {
    it('shows the project admin its workflow statuses, flagging the unmatched ones', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'Status mapping' }).click();
      const row = panel.getByRole('row', { name: /Triage/ });
      await row.waitFor();
      expect(await row.getByText('Not matched').isVisible()).toBe(true);
      await saveScreenshot(page, `project-statuses-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('previews a reworded entry as the customer will read it', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'Wording' }).click();
      await panel.getByLabel('Headline').fill('We have your request, {company}.');
      const preview = panel.getByTestId('customer-preview');
      await preview.getByRole('heading', { name: 'We have your request, our team.' }).waitFor();
      await saveScreenshot(page, `project-wording-preview-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('says what is wrong with a bad entry beside it and keeps it unsaved', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByLabel('Company name').fill(' ');
      await panel.getByRole('button', { name: 'Save settings' }).click();
      await panel.getByText('Enter your company name.').first().waitFor();
      expect(await panel.getByRole('heading', { name: 'Settings saved' }).count()).toBe(0);
      await panel.getByRole('tab', { name: 'Calendar' }).click();
      await panel.getByLabel('Time zone').fill('Mars/Olympus');
      await panel
        .getByText(/"Mars\/Olympus" is not an IANA time zone/)
        .first()
        .waitFor();
      await saveScreenshot(page, `project-refused-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('previews a note in the admin’s wording and names a placeholder it does not know', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'Notes' }).click();
      const reopen = panel.getByRole('textbox', { name: 'Reopen note' });
      await reopen.fill('Votre demande est rouverte : {company} vous répond, voir {ticket}.');
      await panel
        .getByText('The reopen note does not know {ticket}; it can use {company}.')
        .first()
        .waitFor();
      await saveScreenshot(page, `project-notes-refused-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await reopen.fill('Votre demande est rouverte : {company} vous répond ici.');
      await panel
        .getByTestId('notes-preview-reopen')
        .getByText('Votre demande est rouverte : our team vous répond ici.')
        .waitFor();
      await saveScreenshot(page, `project-notes-preview-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('edits a request type’s checklist items, reordered from the keyboard', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'Checklist' }).click();
      await choose(panel, 'Request type', 'Request new software');
      await panel.getByText('This request type asks for nothing yet.').waitFor();
      await panel.getByRole('button', { name: 'Add an item' }).click();
      await panel.getByRole('button', { name: 'Add an item' }).click();
      const items = panel.getByRole('list', { name: 'Checklist items' });
      await items.getByLabel('Label').first().fill('Cost centre');
      await items.getByLabel('Label').nth(1).fill('');
      await panel.getByText('Enter a label for the item.').first().waitFor();
      await items.getByLabel('Label').nth(1).fill('Licence pool');
      await panel.getByRole('button', { name: 'Move Cost centre down' }).focus();
      await page.keyboard.press('Enter');
      await items.getByRole('heading', { name: '2. Cost centre' }).waitFor();
      expect(await panel.locator(':focus').getAttribute('aria-label')).toBe('Move Cost centre up');
      await saveScreenshot(page, `project-checklist-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it.each([
      'General',
      'Calendar',
      'Rules',
      'Notes',
      'Checklist',
      'Special accounts',
      'Export and import',
    ])('shows the %s tab, keyboard-reachable and accessible', async (tab) => {
      const page = await openSettings(theme);
      const panel = appPanel(page);

      await panel.getByRole('tab', { name: 'General' }).focus();
      while (
        (await panel.getByRole('tab', { name: tab }).getAttribute('aria-selected')) !== 'true'
      ) {
        await page.keyboard.press('ArrowRight');
      }
      await panel.getByRole('tabpanel').first().waitFor();
      expect(await panel.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await saveScreenshot(page, `project-tab-${tab.toLowerCase().replace(/ /g, '-')}-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('shows a labelled spinner on the Calendar tab until the calendar editor loads', async () => {
      const page = await openSettings(theme);
      const panel = appPanel(page);
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/calendar-section-*.js', async (route) => {
        await held;
        await route.continue();
      });

      await panel.getByRole('tab', { name: 'Calendar' }).click();
      const spinner = panel.getByRole('img', { name: 'Loading the calendar editor' });
      await spinner.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      release();
      await panel.getByLabel('Time zone').waitFor();

      expect(await spinner.count()).toBe(0);
      expect(
        await panel
          .getByRole('heading', { name: 'Days off in the next twelve months' })
          .isVisible(),
      ).toBe(true);
      await saveScreenshot(page, `project-calendar-loaded-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('refuses an agent, who administers neither the project nor Jira', async () => {
      const page = await openSettings(theme, demo.agent);

      await appPanel(page)
        .getByText("You don't have access to this project's Status Guide settings.")
        .waitFor();
      expect(await page.getByText('Alex Agent administers neither this project').isVisible()).toBe(
        true,
      );
      await saveScreenshot(page, `project-refused-agent-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  });

  it('maps a renamed status and rewords it, and the customer reads the new words', async () => {
    const page = await openSettings('light');
    const panel = appPanel(page);

    await choose(panel, 'Preset', 'IT service desk (JSM’s standard statuses)');
    await panel.getByRole('tab', { name: 'Status mapping' }).click();
    await choose(panel, 'Catalogue entry for Triage', 'Waiting for support');
    await choose(panel, 'Catalogue entry for Awaiting your reply', 'Waiting for customer');
    await choose(panel, 'Catalogue entry for Working on it', 'In progress');
    await panel.getByRole('tab', { name: 'Rules' }).click();
    await choose(panel, 'Reopened requests go to', 'Triage');
    await choose(panel, 'Handed-back requests go to', 'Working on it');
    await panel.getByRole('tab', { name: 'Wording' }).click();
    await panel.getByLabel('Headline').fill('The IT team has your request.');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByRole('heading', { name: 'Settings saved' }).waitFor();
    await page.context().close();

    const portal = await openPage(
      run.browser,
      `${run.sandbox.baseUrl}/servicedesk/customer/portal/2/IT-2`,
      { as: demo.customer, theme: 'light' },
    );
    const headline = appPanel(portal).getByRole('heading', {
      name: 'The IT team has your request.',
    });
    await headline.waitFor();
    expect(await headline.isVisible()).toBe(true);
    await saveScreenshot(portal, 'project-reworded-in-portal');
    await portal.context().close();
  });

  it('saves a checklist item, and the customer sees it on a request of that type', async () => {
    const page = await openSettings('light');
    const panel = appPanel(page);

    await choose(panel, 'Preset', 'IT service desk (JSM’s standard statuses)');
    await panel.getByRole('tab', { name: 'Rules' }).click();
    await choose(panel, 'Reopened requests go to', 'Triage');
    await choose(panel, 'Handed-back requests go to', 'Working on it');
    await panel.getByRole('tab', { name: 'Checklist' }).click();
    await choose(panel, 'Request type', 'Request new software');
    await panel.getByRole('button', { name: 'Add an item' }).click();
    await panel
      .getByRole('list', { name: 'Checklist items' })
      .getByLabel('Label')
      .fill('Cost centre');
    await panel.getByRole('checkbox', { name: 'Required' }).check();
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByRole('heading', { name: 'Settings saved' }).waitFor();
    await page.context().close();

    const portal = await openPage(
      run.browser,
      `${run.sandbox.baseUrl}/servicedesk/customer/portal/2/IT-2`,
      { as: demo.customer, theme: 'light' },
    );
    const list = appPanel(portal).getByRole('list', { name: 'Information we need' });
    await list.getByText('Cost centre').waitFor();
    expect(await list.getByText('Needed').isVisible()).toBe(true);
    await saveScreenshot(portal, 'project-checklist-in-portal');
    await portal.context().close();
  });

  it('is linked from the admin page’s list of projects', async () => {
    const page = await openPage(
      run.browser,
      `${run.sandbox.baseUrl}/jira/settings/apps/status-guide`,
      {
        as: demo.admin,
        theme: 'light',
      },
    );

    await appPanel(page).getByRole('link', { name: 'IT Help Desk (IT)' }).click();
    await page.waitForURL(`**${itSettingsPath}*`);
    await appPanel(page).getByRole('tab', { name: 'Status mapping' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(itSettingsPath);
    await page.context().close();
  });
});
