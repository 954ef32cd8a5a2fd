import { adminKeys, type AdminOverview, type SiteSettings } from '../../../src/contracts/admin';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { injectFault, jsonResponse } from '../../adversarial/support';
import { appRestCalls } from '../../support/comment-rules';
import { saveProjectSettings } from '../../support/project-settings-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

const call = (harness: Harness, email: string, functionKey: string, payload: unknown = {}) =>
  harness.emulator.invokeResolver(
    'status-guide-admin-page',
    { functionKey, payload },
    { accountId: harness.accountIdOf(email), extension: { type: 'jira:adminPage' } },
  );

const settings = (overrides: Partial<SiteSettings> = {}): SiteSettings => ({
  companyName: 'Tui Fleet',
  reopen: { enabled: true, targetStatus: 'In Progress' },
  ...overrides,
});

describe('the admin page’s resolver', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('shows a Jira admin the preset settings and catalogue before anything is saved', async () => {
    const answer = await call(harness, demo.admin, adminKeys.getSettings);

    expect(answer).toMatchObject({
      ok: true,
      data: {
        settings: { companyName: 'our team', reopen: { enabled: true, targetStatus: 'In Review' } },
        storedSettingsProblem: null,
      },
    });
    expect((answer as { data: { catalogue: unknown[] } }).data.catalogue).toHaveLength(15);
  });

  it('saves settings that the next reopen then follows', async () => {
    harness.site
      .project('FS')
      ?.workflow.transitions.push({ id: '161', name: 'Back to work', from: ['15'], to: '2' });

    const saved = await call(harness, demo.admin, adminKeys.saveSettings, { settings: settings() });
    harness.rest(demo.customer, 'POST', '/rest/servicedeskapi/request/FS-1/comment', {
      body: 'Again.',
      public: true,
    });
    await harness.settle();

    expect(saved).toMatchObject({ ok: true, data: { settings: settings() } });
    expect(harness.statusOf('FS-1')).toBe('In Progress');
  });

  it('refuses an empty company name, naming the field, and keeps what was stored', async () => {
    await call(harness, demo.admin, adminKeys.saveSettings, { settings: settings() });

    const answer = await call(harness, demo.admin, adminKeys.saveSettings, {
      settings: settings({ companyName: ' ', reopen: { enabled: true, targetStatus: '' } }),
    });

    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Some settings need fixing before they can be saved.',
        fields: {
          companyName: 'Enter your company name.',
          'reopen.targetStatus': 'Enter a status name.',
        },
      },
    });
    expect(await call(harness, demo.admin, adminKeys.getSettings)).toMatchObject({
      data: { settings: settings() },
    });
  });

  it('refuses a payload of the wrong shape', async () => {
    const answer = await call(harness, demo.admin, adminKeys.saveSettings, {
      settings: { companyName: 7 },
    });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('says what was wrong with damaged stored settings and shows the preset', async () => {
    harness.site.state.appStorage['config:site'] = { version: 1, companyName: '' };

    const answer = await call(harness, demo.admin, adminKeys.getSettings);

    expect(answer).toMatchObject({
      ok: true,
      data: {
        settings: { companyName: 'our team' },
        storedSettingsProblem: expect.stringContaining('companyName'),
      },
    });
  });

  it.each([demo.agent, demo.customer])(
    'refuses %s, who is not a Jira admin, for reads and writes',
    async (email) => {
      const read = await call(harness, email, adminKeys.getSettings);
      const write = await call(harness, email, adminKeys.saveSettings, { settings: settings() });

      expect(read).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(harness.site.state.appStorage['config:site']).toBeUndefined();
    },
  );
});

describe('the admin page’s list of service-desk projects', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('lists every service-desk project with a link to its settings page', async () => {
    harness.site.state.appStorage['config:project:IT'] = { version: 2, preset: 'retail' };

    const answer = await call(harness, demo.admin, adminKeys.getSettings);

    expect(answer).toMatchObject({
      ok: true,
      data: {
        projects: [
          {
            key: 'FS',
            name: 'Field Service Desk',
            hasOwnSettings: false,
            problem: null,
            settingsPath: '/jira/servicedesk/projects/FS/settings/apps/sandbox-app/sandbox',
          },
          {
            key: 'IT',
            name: 'IT Help Desk',
            hasOwnSettings: false,
            problem: expect.stringContaining('preset'),
            settingsPath: '/jira/servicedesk/projects/IT/settings/apps/sandbox-app/sandbox',
          },
        ],
      },
    });
  });

  it('refuses a project admin, who is not a Jira admin, the site defaults', async () => {
    const read = await call(harness, demo.projectAdmin, adminKeys.getSettings);
    const write = await call(harness, demo.projectAdmin, adminKeys.saveSettings, {
      settings: settings(),
    });

    expect(read).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(harness.site.state.appStorage['config:site']).toBeUndefined();
  });
});

describe('the admin page’s editor of every site default', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  const siteDefaults = () => ({
    ...configForPreset('field-service'),
    companyName: 'Tui Fleet',
  });

  it.each([
    [adminKeys.getSiteDefaults, {}],
    [adminKeys.saveSiteDefaults, { config: configForPreset('field-service') }],
    [adminKeys.searchUsers, { query: 'ian' }],
  ])('refuses %s to a customer, an agent and a project admin', async (definition, payload) => {
    for (const email of [demo.customer, demo.agent, demo.projectAdmin]) {
      const answer = await call(harness, email, definition, payload);

      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(harness.site.state.appStorage['config:site']).toBeUndefined();
  });

  it('lists every status of the site and every desk’s request types', async () => {
    const answer = (await call(harness, demo.admin, adminKeys.getSiteDefaults)) as {
      data: {
        projectKey: string | null;
        statuses: { statusName: string }[];
        requestTypes: unknown[];
      };
    };

    expect(answer.data.projectKey).toBeNull();
    expect(answer.data.statuses.map((s) => s.statusName)).toEqual(
      expect.arrayContaining(['In Review', 'Triage', 'Canceled']),
    );
    expect(answer.data.requestTypes).toHaveLength(5);
  });

  it('saves the site defaults, which a project without settings of its own then follows', async () => {
    const saved = await call(harness, demo.admin, adminKeys.saveSiteDefaults, {
      config: siteDefaults(),
    });
    const guide = await harness.emulator.invokeResolver(
      'status-guide-portal-panel',
      { functionKey: 'portal.getGuide', payload: {} },
      { accountId: harness.accountIdOf(demo.customer), extension: { request: { key: 'IT-2' } } },
    );

    expect(saved).toMatchObject({ ok: true, data: { config: { companyName: 'Tui Fleet' } } });
    expect(guide).toMatchObject({ ok: true, data: { companyName: 'Tui Fleet' } });
  });

  it.each([
    ['an empty company name', { companyName: '' }, 'companyName'],
    [
      'a reopen target no workflow has',
      {
        rules: {
          ...configForPreset('field-service').rules,
          reopen: { ...configForPreset('field-service').rules.reopen, targetStatus: 'Limbo' },
        },
      },
      'rules.reopen.targetStatus',
    ],
    [
      'an installer-finished target that is not resolved or done',
      {
        rules: {
          ...configForPreset('field-service').rules,
          installerFinished: {
            ...configForPreset('field-service').rules.installerFinished,
            targetStatus: 'In Progress',
          },
        },
      },
      'rules.installerFinished.targetStatus',
    ],
  ])('refuses %s, naming the field, and saves nothing', async (_case, change, field) => {
    const answer = await call(harness, demo.admin, adminKeys.saveSiteDefaults, {
      config: { ...siteDefaults(), ...change },
    });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } },
    });
    expect(harness.site.state.appStorage['config:site']).toBeUndefined();
  });

  it('finds people for the special accounts', async () => {
    const answer = await call(harness, demo.admin, adminKeys.searchUsers, { query: 'bridge' });

    expect(answer).toEqual({
      ok: true,
      data: [{ accountId: 'integration-bridge', displayName: 'Partner Bridge' }],
    });
  });
});

describe('the site defaults checked against the projects that follow them', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  const itSettingsPath = '/jira/servicedesk/projects/IT/settings/apps/sandbox-app/sandbox';
  const fieldService = configForPreset('field-service');
  const statusCalls = () =>
    appRestCalls(harness)
      .filter((entry) => /^\/rest\/api\/3\/project\/[^/]+\/statuses$/.test(entry.path))
      .map((entry) => entry.path);

  it('tells the admin, on opening the page, which rules the IT desk’s renamed workflow lacks', async () => {
    const answer = await call(harness, demo.admin, adminKeys.getSettings);

    expect(answer).toMatchObject({
      ok: true,
      data: {
        inheritedProblems: [
          {
            key: 'IT',
            name: 'IT Help Desk',
            settingsPath: itSettingsPath,
            problems: expect.arrayContaining([
              {
                field: 'rules.reopen.targetStatus',
                message: 'This project\'s workflow has no status named "In Review".',
              },
              {
                field: 'rules.handBack.targetStatus',
                message: 'This project\'s workflow has no status named "In Progress".',
              },
            ]),
          },
        ],
      },
    });
    // One read of the statuses for each project following the site defaults, and no more.
    expect(statusCalls()).toEqual([
      '/rest/api/3/project/FS/statuses',
      '/rest/api/3/project/IT/statuses',
    ]);
  });

  it('saves site defaults the IT desk cannot follow and lists what would not work there', async () => {
    const answer = await call(harness, demo.admin, adminKeys.saveSiteDefaults, {
      config: { ...fieldService, companyName: 'Tui Fleet' },
    });

    expect(answer).toMatchObject({
      ok: true,
      data: {
        config: { companyName: 'Tui Fleet' },
        inheritedProblems: [
          {
            key: 'IT',
            settingsPath: itSettingsPath,
            problems: expect.arrayContaining([
              expect.objectContaining({ field: 'rules.reopen.targetStatus' }),
            ]),
          },
        ],
      },
    });
    expect(harness.site.state.appStorage['config:site']).toMatchObject({
      companyName: 'Tui Fleet',
    });
  });

  it('lists the problems after the quick settings are saved as well', async () => {
    // Escalated is a status of the IT desk's workflow only.
    const answer = await call(harness, demo.admin, adminKeys.saveSettings, {
      settings: settings({ reopen: { enabled: true, targetStatus: 'Escalated' } }),
    });
    const data = (answer as { data: AdminOverview }).data;

    expect(answer).toMatchObject({
      ok: true,
      data: { settings: { reopen: { targetStatus: 'Escalated' } } },
    });
    expect(data.inheritedProblems.map((project) => project.key)).toEqual(['FS', 'IT']);
    expect(data.inheritedProblems[0]?.problems).toEqual([
      {
        field: 'rules.reopen.targetStatus',
        message: 'This project\'s workflow has no status named "Escalated".',
      },
    ]);
    expect(data.inheritedProblems[1]?.problems.map((problem) => problem.field)).not.toContain(
      'rules.reopen.targetStatus',
    );
  });

  it('no longer lists, nor reads, a project once it has settings of its own', async () => {
    const itConfig = configForPreset('it-service-desk');
    await saveProjectSettings(harness, 'IT', {
      ...itConfig,
      statusMapping: {
        Triage: 'waiting-for-support',
        'Awaiting your reply': 'it-waiting-for-customer',
        'Working on it': 'it-in-progress',
      },
      rules: {
        ...itConfig.rules,
        reopen: { ...itConfig.rules.reopen, targetStatus: 'Triage' },
        handBack: { ...itConfig.rules.handBack, targetStatus: 'Working on it' },
      },
    });
    const callsBefore = statusCalls().length;

    const answer = await call(harness, demo.admin, adminKeys.getSettings);

    expect(answer).toMatchObject({ ok: true, data: { inheritedProblems: [] } });
    expect(statusCalls().slice(callsBefore)).toEqual(['/rest/api/3/project/FS/statuses']);
  });

  it('passes over a project Jira no longer shows, and still loads the page', async () => {
    const removeFault = injectFault((_target, path) =>
      path.includes('/project/IT/statuses')
        ? jsonResponse(404, { errorMessages: ['No project could be found with key IT.'] })
        : undefined,
    );
    try {
      const answer = await call(harness, demo.admin, adminKeys.getSettings);

      expect(answer).toMatchObject({ ok: true, data: { inheritedProblems: [] } });
    } finally {
      removeFault();
    }
  });

  it('still refuses a reopen target the status model contradicts, and saves nothing', async () => {
    const answer = await call(harness, demo.admin, adminKeys.saveSiteDefaults, {
      config: {
        ...fieldService,
        rules: {
          ...fieldService.rules,
          reopen: { ...fieldService.rules.reopen, targetStatus: 'Closed' },
        },
      },
    });

    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          'rules.reopen.targetStatus':
            '"Closed" is a done status: the request would stay finished.',
        },
      },
    });
    expect(harness.site.state.appStorage['config:site']).toBeUndefined();
  });
});
