import { projectKeys } from '../../../src/contracts/project';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import {
  callProjectSettings,
  projectSettings,
  saveProjectSettings,
} from '../../support/project-settings-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

/** The IT preset with its rules pointed at the IT help desk's own status names. */
const itPreset = () => {
  const config = configForPreset('it-service-desk');
  config.rules.reopen.targetStatus = 'Triage';
  config.rules.handBack.targetStatus = 'Working on it';
  return config;
};

const itConfig = () => ({
  ...itPreset(),
  companyName: 'Tui Fleet IT',
  statusMapping: {
    Triage: 'waiting-for-support',
    'Awaiting your reply': 'it-waiting-for-customer',
    'Working on it': 'it-in-progress',
  },
});

const payloads: Record<string, unknown> = {
  [projectKeys.getSettings]: {},
  [projectKeys.saveSettings]: { config: itPreset() },
  [projectKeys.resetSettings]: {},
  [projectKeys.searchUsers]: { query: 'ian' },
};

describe('the project settings page’s resolver', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  describe.each(Object.values(projectKeys))('%s', (definition) => {
    it.each([
      ['the customer', demo.customer, 'IT'],
      ['an agent', demo.agent, 'IT'],
      ['an admin of another project', demo.projectAdmin, 'FS'],
    ])('refuses %s and leaves the stored settings alone', async (_who, email, projectKey) => {
      const answer = await callProjectSettings(
        harness,
        projectKey,
        definition,
        payloads[definition],
        email,
      );

      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(Object.keys(harness.site.state.appStorage)).toEqual([]);
    });

    it.each([
      ['the project’s admin', demo.projectAdmin],
      ['a Jira admin', demo.admin],
    ])('answers %s', async (_who, email) => {
      const answer = await callProjectSettings(
        harness,
        'IT',
        definition,
        payloads[definition],
        email,
      );

      expect(answer.ok).toBe(true);
    });
  });

  it('refuses a page that is not open on a project', async () => {
    const answer = await harness.emulator.invokeResolver(
      'status-guide-project-settings',
      { functionKey: projectKeys.getSettings, payload: {} },
      { accountId: harness.accountIdOf(demo.admin), extension: { type: 'jira:adminPage' } },
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists the project’s real statuses, flagging those the catalogue does not know', async () => {
    await saveProjectSettings(harness, 'IT', itPreset());

    const view = await projectSettings(harness, 'IT');

    expect(view.statuses).toEqual([
      { statusName: 'Triage', category: 'new', entryId: null, matchedBy: 'none' },
      {
        statusName: 'Awaiting your reply',
        category: 'indeterminate',
        entryId: null,
        matchedBy: 'none',
      },
      { statusName: 'Working on it', category: 'indeterminate', entryId: null, matchedBy: 'none' },
      { statusName: 'Pending', category: 'indeterminate', entryId: 'pending', matchedBy: 'name' },
      {
        statusName: 'Escalated',
        category: 'indeterminate',
        entryId: 'escalated',
        matchedBy: 'name',
      },
      { statusName: 'Done', category: 'done', entryId: 'it-resolved', matchedBy: 'name' },
      { statusName: 'Closed', category: 'done', entryId: 'closed', matchedBy: 'name' },
      { statusName: 'Canceled', category: 'done', entryId: 'canceled', matchedBy: 'name' },
    ]);
    expect(view.requestTypes).toEqual([
      { id: '20', name: 'Get IT help' },
      { id: '21', name: 'Request new software' },
    ]);
  });

  it('follows the site defaults until the project saves settings of its own', async () => {
    const before = await projectSettings(harness, 'IT');
    const saved = await saveProjectSettings(harness, 'IT', itConfig());
    const reset = await callProjectSettings(harness, 'IT', projectKeys.resetSettings);

    expect(before).toMatchObject({
      inheritsSiteDefaults: true,
      config: { preset: 'field-service' },
    });
    expect(saved).toMatchObject({
      inheritsSiteDefaults: false,
      config: { companyName: 'Tui Fleet IT' },
    });
    expect(saved.statuses.find((s) => s.statusName === 'Triage')).toMatchObject({
      entryId: 'waiting-for-support',
      matchedBy: 'mapping',
    });
    expect(reset).toMatchObject({ ok: true, data: { inheritsSiteDefaults: true } });
  });

  it.each([
    ['an empty company name', { companyName: ' ' }, 'companyName'],
    ['an unknown preset', { preset: 'retail' }, 'preset'],
    [
      'a reopen target the workflow lacks',
      {
        rules: {
          ...itPreset().rules,
          reopen: { ...itPreset().rules.reopen, targetStatus: 'In Review' },
        },
      },
      'rules.reopen.targetStatus',
    ],
    [
      'a reopen into a resolved status',
      {
        rules: {
          ...itPreset().rules,
          reopen: { ...itPreset().rules.reopen, targetStatus: 'Done' },
        },
      },
      'rules.reopen.targetStatus',
    ],
    [
      'a hand-back into a status that waits on the customer',
      {
        rules: {
          ...itPreset().rules,
          handBack: { ...itPreset().rules.handBack, targetStatus: 'Awaiting your reply' },
        },
      },
      'rules.handBack.targetStatus',
    ],
    [
      'a close-resolved sweep into a status that is not done',
      {
        rules: {
          ...itPreset().rules,
          sweeps: {
            ...itPreset().rules.sweeps,
            closeResolved: { enabled: true, afterDays: 14, targetStatus: 'Working on it' },
          },
        },
      },
      'rules.sweeps.closeResolved.targetStatus',
    ],
    [
      'a mapping to an entry of the other preset',
      { statusMapping: { Triage: 'in-review' } },
      'statusMapping.Triage',
    ],
    [
      'a holiday that is not a date',
      {
        calendar: { ...itPreset().calendar, extraDaysOff: ['2026-13-01'] },
      },
      'calendar.extraDaysOff.0',
    ],
  ])('refuses %s, naming the field, and saves nothing', async (_case, change, field) => {
    const answer = await callProjectSettings(harness, 'IT', projectKeys.saveSettings, {
      config: { ...itConfig(), ...change },
    });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } },
    });
    expect(harness.site.state.appStorage['config:project:IT']).toBeUndefined();
  });

  it('refuses a save without a configuration', async () => {
    const answer = await callProjectSettings(harness, 'IT', projectKeys.saveSettings, {});

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('says what is wrong with a damaged stored document and shows what is in force', async () => {
    harness.site.state.appStorage['config:project:IT'] = { version: 2, preset: 'retail' };

    const view = await projectSettings(harness, 'IT');

    expect(view.config.preset).toBe('field-service');
    expect(view.storedSettingsProblem).toContain('preset');
  });

  it('finds Jira people by name for the special accounts, and names the listed ones', async () => {
    const found = await callProjectSettings(harness, 'IT', projectKeys.searchUsers, {
      query: 'ian',
    });
    const saved = await saveProjectSettings(harness, 'IT', {
      ...itConfig(),
      accounts: { customerProxies: [], integrations: ['integration-bridge'], installers: [] },
    });

    expect(found).toEqual({
      ok: true,
      data: [{ accountId: 'installer-ian', displayName: 'Ian Installer' }],
    });
    expect(saved.accountNames).toEqual({ 'integration-bridge': 'Partner Bridge' });
  });

  it('refuses an empty search', async () => {
    const answer = await callProjectSettings(harness, 'IT', projectKeys.searchUsers, {
      query: ' ',
    });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
