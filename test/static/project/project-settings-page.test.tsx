import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { projectKeys, type ProjectSettingsView } from '../../../src/contracts/project';
import { fail, succeed } from '../../../src/contracts/result';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { ProjectSettingsPage } from '../../../static/project/src/project-settings-page';
import { answerInvoke, holdInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildProjectView, renderProjectSettings } from '../support/project-view';

describe('ProjectSettingsPage', () => {
  it('shows a labelled spinner while the settings load', () => {
    holdInvoke(projectKeys.getSettings);

    render(<ProjectSettingsPage />);

    expect(screen.getByRole('img', { name: "Loading this project's settings" })).toBeVisible();
  });

  it('tells someone who may not configure the project why they see nothing', async () => {
    answerInvoke(projectKeys.getSettings, fail('FORBIDDEN', 'Only admins.'));

    render(<ProjectSettingsPage />);

    expect(
      await screen.findByText("You don't have access to this project's Status Guide settings."),
    ).toBeVisible();
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('flags the workflow statuses nothing matches', async () => {
    const { user } = await renderProjectSettings();

    await user.click(screen.getByRole('tab', { name: 'Status mapping' }));

    const triage = screen.getByRole('row', { name: /Triage/ });
    expect(within(triage).getByText('Not matched')).toBeVisible();
    expect(
      within(screen.getByRole('row', { name: /Pending/ })).getByText('By name: Pending'),
    ).toBeVisible();
  });

  it('says what the stored settings lacked', async () => {
    await renderProjectSettings(
      buildProjectView({ storedSettingsProblem: 'companyName: Enter your company name.' }),
    );

    expect(screen.getByText('companyName: Enter your company name.')).toBeVisible();
  });

  it('refuses an empty company name beside the field and sends nothing', async () => {
    const { user } = await renderProjectSettings();

    await user.clear(screen.getByRole('textbox', { name: /Company name/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(screen.getAllByText('Enter your company name.')[0]).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('saves the whole draft with the edits of every tab', async () => {
    answerInvoke(projectKeys.saveSettings, ({ config }) =>
      succeed(
        buildProjectView({
          config: config as ProjectSettingsView['config'],
          inheritsSiteDefaults: false,
        }),
      ),
    );
    const { user } = await renderProjectSettings();

    await user.clear(screen.getByRole('textbox', { name: /Company name/ }));
    await user.type(screen.getByRole('textbox', { name: /Company name/ }), 'Kea IT');
    await user.click(screen.getByRole('tab', { name: 'Rules' }));
    await user.click(screen.getByRole('checkbox', { name: 'Use “Reopen on a customer comment”' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('heading', { name: 'Settings saved' })).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([
      {
        config: expect.objectContaining({
          companyName: 'Kea IT',
          rules: expect.objectContaining({ reopen: expect.objectContaining({ enabled: false }) }),
        }),
      },
    ]);
    expect(screen.getByText('This project has settings of its own.')).toBeVisible();
  });

  it('keeps every edit and names the field when the server refuses the save', async () => {
    answerInvoke(
      projectKeys.saveSettings,
      fail('INVALID_INPUT', 'Nothing was saved: some settings need fixing.', {
        'rules.reopen.targetStatus':
          'This project\'s workflow has no status named "Waiting for support".',
      }),
    );
    const { user } = await renderProjectSettings();

    await user.type(screen.getByRole('textbox', { name: /Company name/ }), ' Ltd');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      await screen.findByText(
        'Rules, Reopen on a customer comment: This project\'s workflow has no status named "Waiting for support".',
      ),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Company name/ })).toHaveValue('Tui IT Ltd');
  });

  it('names a rule target the workflow lacks as soon as the preset is chosen, before saving', async () => {
    const fieldService = { ...configForPreset('field-service'), companyName: 'Tui IT' };
    const names = ['In Review', 'In Progress', 'Assigned to Installer', 'Resolved', 'Closed'];
    const statuses = names.map((statusName) => ({
      statusName,
      category: 'indeterminate' as const,
      entryId: null,
      matchedBy: 'none' as const,
    }));
    const { user } = await renderProjectSettings(
      buildProjectView({ config: fieldService, statuses }),
    );
    expect(screen.queryByText(/has no status named/)).toBeNull();

    await user.click(screen.getByRole('combobox', { name: 'Preset' }));
    await user.click(await screen.findByRole('option', { name: /IT service desk/ }));

    const problems = screen.getByTestId('project-settings-editor-problems');
    expect(
      within(problems).getByText(
        /^Rules, Reopen on a customer comment: This project's workflow has no status named "/,
      ),
    ).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('previews a reworded headline in the customer’s panel before saving', async () => {
    const { user } = await renderProjectSettings();

    await user.click(screen.getByRole('tab', { name: 'Wording' }));
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), '{{company} is on it.');

    const preview = screen.getByTestId('customer-preview');
    expect(within(preview).getByRole('heading', { name: 'Tui IT is on it.' })).toBeVisible();
  });

  it('refuses an imported file with an invalid field, naming it, and changes nothing', async () => {
    const { user } = await renderProjectSettings();
    const file = new File(
      [JSON.stringify({ ...configForPreset('it-service-desk'), companyName: '' })],
      'settings.json',
      { type: 'application/json' },
    );

    await user.click(screen.getByRole('tab', { name: 'Export and import' }));
    await user.upload(screen.getByLabelText('Import settings from a JSON file'), file);

    expect(await screen.findByText('General: Enter your company name.')).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'General' }));
    expect(screen.getByRole('textbox', { name: /Company name/ })).toHaveValue('Tui IT');
  });

  it('takes a valid imported file whole into the draft', async () => {
    const { user } = await renderProjectSettings();
    const file = new File(
      [JSON.stringify({ ...configForPreset('it-service-desk'), companyName: 'Imported Co' })],
      'settings.json',
      { type: 'application/json' },
    );

    await user.click(screen.getByRole('tab', { name: 'Export and import' }));
    await user.upload(screen.getByLabelText('Import settings from a JSON file'), file);
    await screen.findByText('settings.json imported');
    await user.click(screen.getByRole('tab', { name: 'General' }));

    expect(screen.getByRole('textbox', { name: /Company name/ })).toHaveValue('Imported Co');
  });

  it('lists the calendar’s days off of the next twelve months', async () => {
    const view = buildProjectView();
    view.config.calendar = { ...configForPreset('field-service').calendar!, extraDaysOff: [] };
    const { user } = await renderProjectSettings(view);

    await user.click(screen.getByRole('tab', { name: 'Calendar' }));

    expect(
      within(await screen.findByTestId('days-off-list')).getByText(/Christmas Day/),
    ).toBeVisible();
  });

  it('has no accessibility violations once loaded', async () => {
    const { container } = await renderProjectSettings();

    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('ProjectSettingsPage’s wording lists', () => {
  it('says beside the list that an empty line cannot stay, and keeps what was typed', async () => {
    answerInvoke(projectKeys.getSettings, succeed(buildProjectView()));
    const user = userEvent.setup();
    render(<ProjectSettingsPage />);
    await user.click(await screen.findByRole('tab', { name: 'Wording' }));

    const tips = screen.getByRole('textbox', { name: 'Tips (one line each)' });
    await user.type(tips, 'Restart first.{Enter}');

    expect(screen.getAllByText(/Each tip cannot be empty/)[0]).toBeVisible();
    expect(tips).toHaveValue('Restart first.\n');
  });
});
