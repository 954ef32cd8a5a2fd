import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { projectKeys, type ProjectSettingsView } from '../../../src/contracts/project';
import { fail } from '../../../src/contracts/result';
import type { ChecklistSettings } from '../../../src/domain/checklist/checklist-settings-schema';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { answerInvoke, invokedPayloads } from '../support/bridge-mock';
import { acceptSaves, buildProjectView, renderProjectSettings } from '../support/project-view';

// The whole page with four items of many Atlaskit fields re-renders on every keystroke.
jest.setTimeout(20_000);

const fieldServiceView = (): ProjectSettingsView =>
  buildProjectView({
    projectKey: 'FS',
    config: { ...configForPreset('field-service'), companyName: 'Kea Fleet' },
    requestTypes: [
      { id: '10', name: 'Report a fault' },
      { id: '11', name: 'Order hardware' },
      { id: '12', name: 'Field maintenance' },
    ],
  });

const openChecklistTab = async (view: ProjectSettingsView = fieldServiceView()) => {
  const rendered = await renderProjectSettings(view);
  await rendered.user.click(screen.getByRole('tab', { name: 'Checklist' }));
  return rendered;
};

/** Opens the tab with the first request type's preset items copied into an editable list. */
const openCustomised = async () => {
  const rendered = await openChecklistTab();
  await rendered.user.click(screen.getByRole('button', { name: 'Customise these items' }));
  return rendered;
};

const choose = async (
  user: UserEvent,
  field: string,
  option: string,
  scope: Pick<typeof screen, 'getByRole'> = screen,
) => {
  await user.click(scope.getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
};

const presetItems = () =>
  within(screen.getByRole('list', { name: 'The preset’s items' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

const itemHeadings = () =>
  within(screen.getByRole('list', { name: 'Checklist items' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

/** Replaces a field's text in one go, as a paste does. */
const fill = async (user: UserEvent, field: HTMLElement, text: string) => {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
};

const savedChecklists = (): ChecklistSettings => {
  const [payload] = invokedPayloads(projectKeys.saveSettings) as [
    { config: { checklists: ChecklistSettings } },
  ];
  return payload.config.checklists;
};

describe('the Checklist tab', () => {
  it('shows the preset’s items a request type takes by its name, and where they come from', async () => {
    const { user } = await openChecklistTab();

    expect(
      screen.getByText('From the preset for fault reports, matched by the name “Report a fault”.'),
    ).toBeVisible();
    expect(presetItems()).toEqual([
      'Vehicle registration (required)',
      'Screenshots (optional)',
      'Users affected (optional)',
      'Serial number of the unit (optional, the team only)',
    ]);
    await choose(user, 'Request type', 'Order hardware');

    expect(screen.getByRole('heading', { name: 'Items of Order hardware' })).toBeVisible();
    expect(
      screen.getByText(
        'From the preset for hardware orders, matched by the name “Order hardware”.',
      ),
    ).toBeVisible();
    expect(presetItems()).toEqual([
      'Purchase order number (required)',
      'Contact with access to the vehicle (optional)',
    ]);
  });

  it('copies the preset’s items into a list the admin edits, in order, and saves it by id', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await openChecklistTab();

    await user.click(screen.getByRole('button', { name: 'Customise these items' }));

    expect(screen.getByText('The desk’s own items for this request type.')).toBeVisible();
    expect(itemHeadings()).toEqual([
      '1. Vehicle registration',
      '2. Screenshots',
      '3. Users affected',
      '4. Serial number of the unit',
    ]);
    expect(screen.getAllByRole('combobox', { name: 'Kind' })[0]).toHaveAccessibleDescription(
      /Decides how a value is checked/,
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(Object.keys(savedChecklists().requestTypes)).toEqual(['10']);
  });

  it('turns the checklist off for one request type, and can give it the preset’s items again', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await openChecklistTab();
    await choose(user, 'Request type', 'Field maintenance');

    await user.click(screen.getByRole('button', { name: 'Turn the checklist off' }));

    expect(
      screen.getByText(
        'The checklist is off for this request type; without a list of its own it would take the preset for field maintenance, matched by the name “Field maintenance”.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedChecklists().requestTypes).toEqual({ '12': [] });
    await user.click(
      screen.getByRole('button', { name: 'Use the preset’s items for field maintenance' }),
    );
    expect(presetItems()).toHaveLength(4);
  });

  it('says a request type whose name matches no kind asks for nothing, and lets the admin add', async () => {
    const { user } = await openChecklistTab(buildProjectView());

    expect(screen.getByText('This request type asks for nothing yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add an item' }));

    expect(itemHeadings()).toHaveLength(1);
    expect(screen.getByText('The desk’s own items for this request type.')).toBeVisible();
  });

  it('offers only the project’s own request types, not lists kept for others', async () => {
    const view = buildProjectView();
    view.config.checklists.requestTypes = { '11': [], '57': [] };
    const { user } = await openChecklistTab(view);

    await user.click(screen.getByRole('combobox', { name: 'Request type' }));

    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Get IT help',
    ]);
  });

  it('saves a new item with every one of its fields', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await openChecklistTab();
    await choose(user, 'Request type', 'Order hardware');
    await user.click(screen.getByRole('button', { name: 'Customise these items' }));

    await user.click(screen.getByRole('button', { name: 'Add an item' }));
    const item = screen.getAllByTestId(/-item$/)[2] as HTMLElement;
    await fill(user, within(item).getByRole('textbox', { name: /Label/ }), 'Photo of the quote');
    await fill(user, within(item).getByRole('textbox', { name: 'Help text' }), 'The signed page.');
    await choose(user, 'Kind', 'Attachment', within(item));
    await user.click(within(item).getByRole('checkbox', { name: /Only an image counts/ }));
    await user.click(within(item).getByRole('checkbox', { name: 'Required' }));
    await choose(user, 'Who sees it', 'The team only', within(item));
    const field = within(item).getByRole('textbox', {
      name: 'Request form field that supplies it',
    });
    await fill(user, field, 'customfield_10060');
    await fill(user, within(item).getByRole('textbox', { name: 'Item id' }), 'quote-photo');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('heading', { name: 'Settings saved' })).toBeVisible();
    expect(savedChecklists().requestTypes['11']?.[2]).toEqual({
      id: 'quote-photo',
      label: 'Photo of the quote',
      helpText: 'The signed page.',
      kind: 'attachment',
      imagesOnly: true,
      required: true,
      visibility: 'agent',
      fieldId: 'customfield_10060',
    });
  });

  it('moves an item with the keyboard and keeps the focus on it', async () => {
    const { user } = await openCustomised();

    screen.getByRole('button', { name: 'Move Vehicle registration down' }).focus();
    await user.keyboard('{Enter}');

    expect(itemHeadings().slice(0, 2)).toEqual(['1. Screenshots', '2. Vehicle registration']);
    expect(screen.getByRole('button', { name: 'Move Vehicle registration down' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move Vehicle registration up' }));
    expect(itemHeadings().slice(0, 2)).toEqual(['1. Vehicle registration', '2. Screenshots']);
    expect(screen.getByRole('button', { name: 'Move Vehicle registration up' })).toBeDisabled();
  });

  it('removes an item, and the save leaves it out', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await openCustomised();

    await user.click(screen.getByRole('button', { name: 'Remove Users affected' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedChecklists().requestTypes['10']?.map((item) => item.id)).toEqual([
      'vehicle-registration',
      'screenshots',
      'unit-serial',
    ]);
  });

  it('says beside the field what is wrong, sends nothing, and keeps the edits', async () => {
    const { user } = await openCustomised();

    const label = screen.getAllByRole('textbox', { name: /Label/ })[0] as HTMLElement;
    await user.clear(label);
    const field = screen.getAllByRole('textbox', {
      name: 'Request form field that supplies it',
    })[0] as HTMLElement;
    await fill(user, field, 'Field 5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(label).toHaveAccessibleDescription(/Enter a label for the item\./);
    expect(field).toHaveAccessibleDescription(/A field is named by its Jira field id\./);
    expect(field).toHaveValue('Field 5');
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('refuses two items of one request type with the same id', async () => {
    const { user } = await openCustomised();

    const ids = screen.getAllByRole('textbox', { name: 'Item id' });
    await fill(user, ids[1] as HTMLElement, 'vehicle-registration');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      within(screen.getByTestId('checklist-section')).getByText(
        'Two items of the same request type share an id.',
      ),
    ).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('keeps every edit when the server refuses the save', async () => {
    answerInvoke(
      projectKeys.saveSettings,
      fail('UNAVAILABLE', 'Jira did not answer; nothing was saved.'),
    );
    const { user } = await openCustomised();

    await user.click(screen.getByRole('button', { name: 'Remove Users affected' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Jira did not answer; nothing was saved.')).toBeVisible();
    expect(itemHeadings()).toEqual([
      '1. Vehicle registration',
      '2. Screenshots',
      '3. Serial number of the unit',
    ]);
  });

  it('adds the New Zealand and Australian formats and a country of the admin’s own', async () => {
    acceptSaves();
    const view = buildProjectView();
    view.config.checklists.registration = { countries: {}, inUse: [] };
    const { user } = await openChecklistTab(view);

    await user.click(
      screen.getByRole('button', { name: 'Add the New Zealand and Australian formats' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Country code' }), 'gb');
    await user.click(screen.getByRole('button', { name: 'Add country' }));
    await fill(user, screen.getByRole('textbox', { name: 'Name of GB' }), 'United Kingdom');
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Formats of GB (one per line)' }),
      'LLNNLLL',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Look for AU registrations' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedChecklists().registration).toEqual({
      countries: {
        NZ: expect.objectContaining({ name: 'New Zealand' }),
        AU: expect.objectContaining({ name: 'Australia' }),
        GB: { name: 'United Kingdom', formats: ['LLNNLLL'] },
      },
      inUse: ['NZ', 'GB'],
    });
  });

  it('refuses a registration format that is not letters and digits, beside it', async () => {
    const { user } = await openChecklistTab();

    const formats = screen.getByRole('textbox', { name: 'Formats of NZ (one per line)' });
    await user.type(formats, '{Enter}ABC-12');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      within(screen.getByTestId('registration-NZ')).getByText(
        'A registration format uses L for a letter and N for a digit, 3 to 8 long.',
      ),
    ).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('has no accessibility violations, with the preset’s items and with the desk’s own', async () => {
    const { container, user } = await openChecklistTab();

    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Customise these items' }));
    expect(await axe(container)).toHaveNoViolations();
  });
});
