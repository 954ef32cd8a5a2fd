import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';

import { projectKeys } from '../../../src/contracts/project';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { invokedPayloads } from '../support/bridge-mock';
import { acceptSaves, buildProjectView, renderProjectSettings } from '../support/project-view';

const fieldServiceView = () =>
  buildProjectView({
    config: { ...configForPreset('field-service'), companyName: 'Kea Fleet' },
    requestTypes: [
      { id: '10', name: 'Report a fault' },
      { id: '12', name: 'Field maintenance' },
    ],
    statuses: [
      { statusName: 'In Review', category: 'new', entryId: 'in-review', matchedBy: 'name' },
      {
        statusName: 'Hardware Dispatched',
        category: 'indeterminate',
        entryId: null,
        matchedBy: 'none',
      },
      { statusName: 'Resolved', category: 'done', entryId: 'resolved', matchedBy: 'name' },
    ],
  });

/** The IT desk with every rule and sweep that has a number switched on, so each number shows. */
const everyRuleOn = () => {
  const view = buildProjectView();
  view.config.rules.reopen.enabled = true;
  view.config.rules.sweeps.remindCustomer.enabled = true;
  view.config.rules.sweeps.closeResolved.enabled = true;
  return view;
};

const savedRules = () => {
  const [payload] = invokedPayloads(projectKeys.saveSettings) as [
    { config: { rules: Record<string, unknown> } },
  ];
  return payload.config.rules;
};

describe('the Rules tab', () => {
  it('saves the field-maintenance request types and the statuses that mean a dispatch', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await renderProjectSettings(fieldServiceView());
    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    const types = screen.getByRole('group', { name: 'Field maintenance request types' });
    await user.click(within(types).getByRole('checkbox', { name: 'Field maintenance' }));
    const left = screen.getByRole('group', { name: 'Statuses that mean the hardware left' });
    await user.click(within(left).getByRole('checkbox', { name: 'Hardware Dispatched' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedRules().dispatched).toEqual(
      expect.objectContaining({
        requestTypeIds: ['12'],
        dispatchedStatuses: ['Hardware Dispatched'],
      }),
    );
  });

  it('lists a dispatch status the workflow no longer has, so it can be unticked', async () => {
    const view = fieldServiceView();
    view.config.rules.dispatched.dispatchedStatuses = ['Shipped'];
    acceptSaves(view);
    const { user } = await renderProjectSettings(view);
    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    const left = screen.getByRole('group', { name: 'Statuses that mean the hardware left' });
    await user.click(within(left).getByRole('checkbox', { name: 'Shipped (no longer offered)' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedRules().dispatched).toEqual(expect.objectContaining({ dispatchedStatuses: [] }));
  });

  it('saves new completion phrases and the ask-on-waiting switch', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await renderProjectSettings(fieldServiceView());
    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    const phrases = screen.getByRole('textbox', { name: 'Completion phrases (one per line)' });
    await user.clear(phrases);
    await user.type(phrases, 'all done{Enter}{Enter}fitted');
    await user.click(screen.getByRole('checkbox', { name: 'Use “Ask for what is missing”' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedRules().installerFinished).toEqual(
      expect.objectContaining({ completionPhrases: ['all done', 'fitted'] }),
    );
    expect(savedRules().askOnWaiting).toEqual({ enabled: true });
  });

  it('saves every sweep with its parameters', async () => {
    acceptSaves(fieldServiceView());
    const { user } = await renderProjectSettings(fieldServiceView());
    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    await user.click(
      screen.getByRole('checkbox', { name: 'Use “Advise after a week of installer silence”' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Use “Remind a customer who has not answered”' }),
    );
    const days = screen.getByRole('textbox', { name: 'Remind after this many business days' });
    await user.clear(days);
    await user.type(days, '5');
    await user.click(
      screen.getByRole('checkbox', { name: 'Use “Close requests resolved for a while”' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(savedRules().sweeps).toEqual(
      expect.objectContaining({
        installerSilence: { enabled: false },
        remindCustomer: { enabled: true, afterBusinessDays: 5 },
        closeResolved: expect.objectContaining({ enabled: true }),
      }),
    );
  });

  it.each([
    [
      'Reopen on a customer comment',
      'Only within this many days of resolution',
      '400',
      'The reopen window must be between 1 and 365 days.',
    ],
    [
      'Remind a customer who has not answered',
      'Remind after this many business days',
      '0',
      'The wait before reminding the customer must be between 1 and 60 business days.',
    ],
    [
      'Remind a customer who has not answered',
      'Remind after this many business days',
      '61',
      'The wait before reminding the customer must be between 1 and 60 business days.',
    ],
    [
      'Close requests resolved for a while',
      'Close after this many days resolved',
      '366',
      'The wait before closing a resolved request must be between 1 and 365 days.',
    ],
  ])(
    'refuses "%s" with %s at %s beside the field, saying "%s", and sends nothing',
    async (_rule, label, value, message) => {
      const { user } = await renderProjectSettings(everyRuleOn());
      await user.click(screen.getByRole('tab', { name: 'Rules' }));

      const days = screen.getByRole('textbox', { name: label });
      await user.clear(days);
      await user.type(days, value);
      await user.click(screen.getByRole('button', { name: 'Save settings' }));

      expect(days).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(days).toHaveValue(value);
      expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
    },
  );

  it('explains each parameter under its field', async () => {
    const { user } = await renderProjectSettings(fieldServiceView());
    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    expect(
      screen.getByRole('group', { name: 'Statuses that mean the hardware left' }),
    ).toHaveAccessibleDescription(/counts as the dispatch being recorded/);
    expect(
      screen.getByRole('textbox', { name: 'Completion phrases (one per line)' }),
    ).toHaveAccessibleDescription(/installer account/);
  });

  it('has no accessibility violations with every rule and sweep on', async () => {
    const view = fieldServiceView();
    view.config.rules.askOnWaiting.enabled = true;
    view.config.rules.sweeps.remindCustomer.enabled = true;
    view.config.rules.sweeps.closeResolved.enabled = true;
    const { user, container } = await renderProjectSettings(view);

    await user.click(screen.getByRole('tab', { name: 'Rules' }));

    expect(
      screen.getByRole('textbox', { name: 'Close after this many days resolved' }),
    ).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });
});
