import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { adminKeys, type SiteSettings } from '../../../src/contracts/admin';
import { fail, succeed } from '../../../src/contracts/result';
import { AdminPage } from '../../../static/admin/src/admin-page';
import { answerInvoke, holdInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildAdminOverview, buildCatalogueEntry } from '../support/builders';

const companyNameLabel = 'Company name';
const reopenLabel = 'Reopen resolved requests when the customer comments';
const targetStatusLabel = 'Status a reopened request moves to';

const companyNameField = () => screen.getByRole('textbox', { name: companyNameLabel });
const targetStatusField = () => screen.getByRole('textbox', { name: targetStatusLabel });

const renderLoadedPage = async () => {
  const user = userEvent.setup();
  render(<AdminPage />);
  await screen.findByRole('form', { name: 'Settings' });
  return user;
};

describe('AdminPage', () => {
  it('shows a labelled spinner while the settings load', () => {
    holdInvoke(adminKeys.getSettings);

    render(<AdminPage />);

    expect(
      screen.getByRole('img', { name: 'Loading the Status Guide settings' }),
    ).toBeInTheDocument();
  });

  it('fills the form with the stored settings', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));

    await renderLoadedPage();

    expect(companyNameField()).toHaveValue('Acme');
    expect(screen.getByRole('checkbox', { name: reopenLabel })).toBeChecked();
    expect(targetStatusField()).toHaveValue('In Review');
  });

  it('saves the edited settings and says so', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    answerInvoke(adminKeys.saveSettings, ({ settings }) =>
      succeed(buildAdminOverview({ settings })),
    );
    const user = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.type(companyNameField(), 'Globex');
    await user.click(screen.getByRole('checkbox', { name: reopenLabel }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Settings saved' })).toBeInTheDocument();
    const expected: SiteSettings = {
      companyName: 'Globex',
      reopen: { enabled: false, targetStatus: 'In Review' },
    };
    expect(invokedPayloads(adminKeys.saveSettings)).toEqual([{ settings: expected }]);
  });

  it('refuses an empty company name without calling the server', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    const user = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const field = companyNameField();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Enter your company name.'));
    expect(field).toHaveFocus();
    expect(invokedPayloads(adminKeys.saveSettings)).toEqual([]);
  });

  it('refuses a company name longer than 80 characters', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    const user = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.type(companyNameField(), 'a'.repeat(81));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(companyNameField()).toHaveAccessibleDescription(
      expect.stringContaining('The company name has at most 80 characters.'),
    );
    expect(invokedPayloads(adminKeys.saveSettings)).toEqual([]);
  });

  it('asks for the target status when the reopen rule is on', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    const user = await renderLoadedPage();

    await user.clear(targetStatusField());
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(targetStatusField()).toHaveAccessibleDescription(
      expect.stringContaining('Enter the status a reopened request moves to.'),
    );
    expect(invokedPayloads(adminKeys.saveSettings)).toEqual([]);
  });

  it('clears a field message once the admin edits the field', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    const user = await renderLoadedPage();
    await user.clear(companyNameField());
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await user.type(companyNameField(), 'Globex');

    expect(screen.queryByText('Enter your company name.')).not.toBeInTheDocument();
  });

  it("shows the server's field messages next to their fields", async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    answerInvoke(
      adminKeys.saveSettings,
      fail('INVALID_INPUT', 'Some settings need fixing before they can be saved.', {
        companyName: 'That name is taken by another site.',
        'reopen.targetStatus': 'No workflow has a status called In Review.',
      }),
    );
    const user = await renderLoadedPage();

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { name: "Your settings weren't saved." }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Some settings need fixing before they can be saved.'),
    ).toBeInTheDocument();
    expect(companyNameField()).toHaveAccessibleDescription(
      expect.stringContaining('That name is taken by another site.'),
    );
    expect(targetStatusField()).toHaveAccessibleDescription(
      expect.stringContaining('No workflow has a status called In Review.'),
    );
  });

  it('lists the server messages about fields the form does not show', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    answerInvoke(
      adminKeys.saveSettings,
      fail('INVALID_INPUT', 'Some settings need fixing.', {
        'reopen.enabled': 'The reopen rule cannot be turned off on this plan.',
      }),
    );
    const user = await renderLoadedPage();

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const outcome = await screen.findByTestId('save-outcome');
    expect(
      within(outcome).getByText('The reopen rule cannot be turned off on this plan.'),
    ).toBeInTheDocument();
  });

  it("shows the server's message when saving is forbidden", async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    answerInvoke(
      adminKeys.saveSettings,
      fail('FORBIDDEN', 'Only Jira administrators can change Status Guide settings.'),
    );
    const user = await renderLoadedPage();

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { name: "You can't change these settings." }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Only Jira administrators can change Status Guide settings.'),
    ).toBeInTheDocument();
  });

  it('warns when the stored settings could not be used', async () => {
    const overview = buildAdminOverview({
      storedSettingsProblem: 'The stored settings are invalid and were ignored.',
    });
    answerInvoke(adminKeys.getSettings, succeed(overview));

    await renderLoadedPage();

    expect(
      screen.getByRole('heading', { name: "We couldn't use the stored settings" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The stored settings are invalid and were ignored.'),
    ).toBeInTheDocument();
  });

  it('lists the catalogue with names, aliases and headlines', async () => {
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

  it("says when the settings are not the viewer's to see", async () => {
    answerInvoke(adminKeys.getSettings, fail('FORBIDDEN', ''));

    render(<AdminPage />);

    expect(
      await screen.findByRole('heading', {
        name: "You don't have access to the Status Guide settings.",
      }),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations, with a field message shown', async () => {
    answerInvoke(adminKeys.getSettings, succeed(buildAdminOverview()));
    const user = await renderLoadedPage();

    await user.clear(companyNameField());
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await axe(document.body)).toHaveNoViolations();
  });
});
