import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { adminKeys, type AdminOverview } from '../../../src/contracts/admin';
import type { ProjectConfig, ProjectSettingsView } from '../../../src/contracts/project';
import { fail, succeed } from '../../../src/contracts/result';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { AdminPage } from '../../../static/admin/src/admin-page';
import { answerInvoke, holdInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildAdminOverview, buildCatalogueEntry } from '../support/builders';
import { buildProjectView } from '../support/project-view';

const reopenWindowLabel = 'Only within this many days of resolution';

const companyNameField = () => screen.getByRole('textbox', { name: /Company name/ });

/** The site defaults as the admin resolver answers them, over `config`. */
const siteView = (config: ProjectConfig, overrides: Partial<ProjectSettingsView> = {}) =>
  buildProjectView({ projectKey: null, config, inheritsSiteDefaults: false, ...overrides });

const fieldServiceDefaults = (): ProjectConfig => ({
  ...configForPreset('field-service'),
  companyName: 'Acme',
});

/**
 * Answers the admin page's definitions from one stored document, as the admin resolver does:
 * a save replaces it, and the next load reads it back. The catalogue's headline names the company.
 */
const storeSiteDefaults = (initial: ProjectConfig = fieldServiceDefaults()) => {
  let stored = initial;
  const overview = (): AdminOverview =>
    buildAdminOverview({
      catalogue: [buildCatalogueEntry({ headline: `${stored.companyName} needs something.` })],
    });
  answerInvoke(adminKeys.getSettings, () => succeed(overview()));
  answerInvoke(adminKeys.getSiteDefaults, () => succeed(siteView(stored)));
  answerInvoke(adminKeys.saveSiteDefaults, ({ config }) => {
    stored = config as ProjectConfig;
    return succeed({ ...siteView(stored), inheritedProblems: [] });
  });
  return { stored: () => stored };
};

const renderLoadedPage = async () => {
  const user = userEvent.setup();
  const page = render(<AdminPage />);
  await screen.findByRole('tab', { name: 'General' });
  return { user, page };
};

describe('AdminPage', () => {
  it('shows a labelled spinner while the settings load', () => {
    holdInvoke(adminKeys.getSettings);
    holdInvoke(adminKeys.getSiteDefaults);

    render(<AdminPage />);

    expect(
      screen.getByRole('img', { name: 'Loading the Status Guide settings' }),
    ).toBeInTheDocument();
  });

  it('fills the one editor with the stored site defaults', async () => {
    storeSiteDefaults();
    const { user } = await renderLoadedPage();

    expect(companyNameField()).toHaveValue('Acme');
    await user.click(screen.getByRole('tab', { name: 'Rules' }));
    expect(
      screen.getByRole('checkbox', { name: 'Use “Reopen on a customer comment”' }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Save/ })).toHaveLength(1);
  });

  it('keeps an edit on one tab when the admin then edits another tab and saves', async () => {
    const site = storeSiteDefaults();
    const { user, page } = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.type(companyNameField(), 'Globex');
    await user.click(screen.getByRole('tab', { name: 'Rules' }));
    await user.type(screen.getByRole('textbox', { name: reopenWindowLabel }), '30');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('heading', { name: 'Settings saved' });
    page.unmount();
    const { user: again } = await renderLoadedPage();

    expect(companyNameField()).toHaveValue('Globex');
    await again.click(screen.getByRole('tab', { name: 'Rules' }));
    expect(screen.getByRole('textbox', { name: reopenWindowLabel })).toHaveValue('30');
    expect(site.stored()).toMatchObject({
      companyName: 'Globex',
      rules: { reopen: { windowDays: 30 } },
    });
    expect(invokedPayloads(adminKeys.saveSettings)).toEqual([]);
  });

  it('shows the catalogue with the saved company name once the save is taken', async () => {
    storeSiteDefaults();
    const { user } = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.type(companyNameField(), 'Globex');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const table = screen.getByRole('table', { name: 'Status catalogue' });
    expect(await within(table).findByText('Globex needs something.')).toBeVisible();
  });

  it('refuses an empty company name beside the field without calling the server', async () => {
    storeSiteDefaults();
    const { user } = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(companyNameField()).toHaveAccessibleDescription(
      expect.stringContaining('Enter your company name.'),
    );
    expect(invokedPayloads(adminKeys.saveSiteDefaults)).toEqual([]);
  });

  it('refuses a reopen window of 400 days beside the field without calling the server', async () => {
    storeSiteDefaults();
    const { user } = await renderLoadedPage();

    await user.click(screen.getByRole('tab', { name: 'Rules' }));
    await user.type(screen.getByRole('textbox', { name: reopenWindowLabel }), '400');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(screen.getByRole('textbox', { name: reopenWindowLabel })).toHaveAccessibleDescription(
      expect.stringContaining('The reopen window must be between 1 and 365 days.'),
    );
    expect(invokedPayloads(adminKeys.saveSiteDefaults)).toEqual([]);
  });

  it("shows the server's field message beside its field and keeps every edit", async () => {
    storeSiteDefaults();
    answerInvoke(
      adminKeys.saveSiteDefaults,
      fail('INVALID_INPUT', 'Nothing was saved: some settings need fixing.', {
        'rules.reopen.targetStatus': 'No workflow on this site has a status named "In Review".',
      }),
    );
    const { user } = await renderLoadedPage();

    await user.type(companyNameField(), ' Ltd');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Nothing was saved: some settings need fixing.');
    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    expect(
      screen.getByRole('combobox', { name: 'Reopened requests go to' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('No workflow on this site has a status named "In Review".'),
    );
    await user.click(screen.getByRole('tab', { name: 'General' }));
    expect(companyNameField()).toHaveValue('Acme Ltd');
  });

  it("shows the server's message when saving is forbidden", async () => {
    storeSiteDefaults();
    answerInvoke(
      adminKeys.saveSiteDefaults,
      fail('FORBIDDEN', 'Only Jira administrators can change Status Guide settings.'),
    );
    const { user } = await renderLoadedPage();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      await screen.findByText('Only Jira administrators can change Status Guide settings.'),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Settings saved' })).toBeNull();
  });

  it('warns when the stored site defaults could not be used', async () => {
    storeSiteDefaults();
    answerInvoke(
      adminKeys.getSiteDefaults,
      succeed(
        siteView(fieldServiceDefaults(), {
          storedSettingsProblem: 'The stored settings are invalid and were ignored.',
        }),
      ),
    );

    await renderLoadedPage();

    expect(
      screen.getByRole('heading', { name: "We couldn't use the stored site defaults" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The stored settings are invalid and were ignored.'),
    ).toBeInTheDocument();
  });

  it('lists the catalogue with names, aliases and headlines', async () => {
    storeSiteDefaults();
    const catalogue = [
      buildCatalogueEntry(),
      buildCatalogueEntry({
        id: 'resolved',
        name: 'Resolved',
        aliases: [],
        headline: 'Your request is resolved.',
      }),
    ];
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview({ catalogue })));

    await renderLoadedPage();

    const table = screen.getByRole('table', { name: 'Status catalogue' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
          (cell) => cell.textContent,
        ),
      );
    expect(rows).toEqual([
      [
        'Waiting for Customer',
        'Pending Customer',
        'We need something from you before we can go on.',
      ],
      ['Resolved', 'None', 'Your request is resolved.'],
    ]);
  });

  it.each([adminKeys.getSettings, adminKeys.getSiteDefaults])(
    "says once that the settings are not the viewer's to see when %s is refused",
    async (refused) => {
      storeSiteDefaults();
      answerInvoke(refused, fail('FORBIDDEN', ''));

      render(<AdminPage />);

      expect(
        await screen.findAllByRole('heading', {
          name: "You don't have access to the Status Guide settings.",
        }),
      ).toHaveLength(1);
      expect(screen.queryByRole('tab', { name: 'General' })).toBeNull();
      expect(
        screen.getByText(
          'If you administer a project, its own Status Guide settings are in that project: open its Project settings, then Status Guide under Apps.',
        ),
      ).toBeVisible();
    },
  );

  it('points nobody to project settings when the settings only failed to load', async () => {
    storeSiteDefaults();
    answerInvoke(adminKeys.getSettings, fail('UNAVAILABLE', 'Jira is busy.'));

    render(<AdminPage />);

    await screen.findByText('Jira is busy.');
    expect(screen.queryByText(/If you administer a project/)).toBeNull();
  });

  it('has no accessibility violations, with a field message shown', async () => {
    storeSiteDefaults();
    const { user } = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await axe(document.body)).toHaveNoViolations();
  });
});
