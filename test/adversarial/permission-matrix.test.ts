// Every resolver definition of every module, called by everyone who might call it: who is
// answered, who is refused, and that a refusal changes nothing.
import type { SiteUser } from '../../sandbox/site/types';
import { adminKeys } from '../../src/contracts/admin';
import { agentKeys } from '../../src/contracts/agent';
import { agentChecklistKeys, portalChecklistKeys } from '../../src/contracts/checklist';
import { portalKeys } from '../../src/contracts/portal';
import { projectKeys } from '../../src/contracts/project';
import { configForPreset } from '../../src/domain/config/preset-defaults';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

type Role =
  | 'anonymous'
  | 'customer not on the request'
  | 'reporter'
  | 'participant'
  | 'agent of another project'
  | 'agent of the project'
  | 'project admin'
  | 'Jira admin';

const roles: readonly Role[] = [
  'anonymous',
  'customer not on the request',
  'reporter',
  'participant',
  'agent of another project',
  'agent of the project',
  'project admin',
  'Jira admin',
];

/** People the demo site lacks, so every role has someone who is that and nothing more. */
const extraUsers = {
  outsider: 'robin@customer.example',
  itOnlyAgent: 'quinn@servicedesk.example',
  fieldAdmin: 'fran@servicedesk.example',
} as const;

const person = (accountId: string, email: string, accountType: SiteUser['accountType']) => ({
  accountId,
  email,
  displayName: accountId,
  accountType,
  timeZone: 'Pacific/Auckland',
  locale: 'en-NZ',
  isSiteAdmin: false,
  role: 'permission matrix',
});

/** Adds the extra people to the demo site: a customer, an IT-only agent, an FS-only admin. */
const addPeople = (harness: Harness): void => {
  const { state } = harness.site;
  state.users.push(
    person('cust-robin', extraUsers.outsider, 'customer'),
    person('agent-quinn', extraUsers.itOnlyAgent, 'atlassian'),
    person('admin-fran', extraUsers.fieldAdmin, 'atlassian'),
  );
  const fs = harness.site.project('FS');
  const it = harness.site.project('IT');
  if (fs === undefined || it === undefined) throw new Error('The demo site lacks FS or IT.');
  fs.customerIds.push('cust-robin');
  fs.adminIds.push('admin-fran');
  it.agentIds.push('agent-quinn');
  harness.site.requireIssue('FS-11').participantIds.push(harness.accountIdOf(demo.otherCustomer));
};

/** Who plays each role on the field-service desk's request FS-11 (reported by Casey). */
const onFieldRequest: Record<Role, string | undefined> = {
  anonymous: undefined,
  'customer not on the request': extraUsers.outsider,
  reporter: demo.customer,
  participant: demo.otherCustomer,
  'agent of another project': extraUsers.itOnlyAgent,
  'agent of the project': demo.agent,
  'project admin': extraUsers.fieldAdmin,
  'Jira admin': demo.admin,
};

/** Who plays each role for the IT help desk's own settings. */
const onItProject: Record<Role, string | undefined> = {
  anonymous: undefined,
  'customer not on the request': extraUsers.outsider,
  reporter: demo.customer,
  participant: demo.otherCustomer,
  'agent of another project': demo.installer,
  'agent of the project': demo.agent,
  'project admin': demo.projectAdmin,
  'Jira admin': demo.admin,
};

interface ModuleCase {
  module: string;
  extension: Record<string, unknown>;
  cast: Record<Role, string | undefined>;
  allowed: readonly Role[];
  definitions: Record<string, unknown>;
}

const itConfig = () => {
  const config = configForPreset('it-service-desk');
  config.rules.reopen.targetStatus = 'Triage';
  config.rules.handBack.targetStatus = 'Working on it';
  return config;
};

const modules: readonly ModuleCase[] = [
  {
    module: 'status-guide-portal-panel',
    extension: {
      type: 'jiraServiceManagement:portalRequestDetail',
      request: { key: 'FS-11', typeId: '12' },
      portal: { id: '1' },
    },
    cast: onFieldRequest,
    allowed: ['reporter', 'participant'],
    definitions: {
      [portalKeys.getGuide]: {},
      [portalChecklistKeys.getChecklist]: {},
      [portalChecklistKeys.supplyItem]: { itemId: 'vehicle-registration', value: 'KLM482' },
    },
  },
  {
    module: 'status-guide-agent-panel',
    extension: { type: 'jira:issuePanel', issue: { key: 'FS-11', id: '10011' } },
    cast: onFieldRequest,
    // JSM's default permission scheme gives the project's Administrators role the agent permission.
    allowed: ['agent of the project', 'project admin', 'Jira admin'],
    definitions: {
      [agentKeys.getOverview]: {},
      [agentKeys.recordFact]: { change: { fact: 'holdReason', value: 'Parts on order' } },
      [agentKeys.recordInstallerFinished]: {},
      [agentChecklistKeys.getChecklist]: {},
      [agentChecklistKeys.markItem]: { itemId: 'vehicle-registration', mark: 'not-needed' },
      [agentChecklistKeys.askCustomer]: {},
    },
  },
  {
    module: 'status-guide-admin-page',
    extension: { type: 'jira:adminPage' },
    cast: onFieldRequest,
    allowed: ['Jira admin'],
    definitions: {
      [adminKeys.getSettings]: {},
      [adminKeys.saveSettings]: {
        settings: {
          companyName: 'Tui Fleet',
          reopen: { enabled: true, targetStatus: 'In Review' },
        },
      },
      [adminKeys.getSiteDefaults]: {},
      [adminKeys.saveSiteDefaults]: { config: configForPreset('field-service') },
      [adminKeys.searchUsers]: { query: 'ian' },
    },
  },
  {
    module: 'status-guide-project-settings',
    extension: { type: 'jira:projectSettingsPage', project: { key: 'IT', type: 'service_desk' } },
    cast: onItProject,
    allowed: ['project admin', 'Jira admin'],
    definitions: {
      [projectKeys.getSettings]: {},
      [projectKeys.saveSettings]: { config: itConfig() },
      [projectKeys.resetSettings]: {},
      [projectKeys.searchUsers]: { query: 'ian' },
    },
  },
];

/** Everything a call could change: the site's issues and the app's storage. */
const snapshot = (harness: Harness): string =>
  JSON.stringify({ issues: harness.site.state.issues, storage: harness.site.state.appStorage });

const refusals = ['FORBIDDEN', 'NOT_FOUND'];

describe('the permission matrix of every resolver definition', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    addPeople(harness);
  });

  const call = (moduleCase: ModuleCase, definition: string, email: string | undefined) =>
    harness.emulator.invokeResolver(
      moduleCase.module,
      { functionKey: definition, payload: moduleCase.definitions[definition] },
      {
        accountId: (email === undefined ? undefined : harness.accountIdOf(email)) as string,
        extension: moduleCase.extension,
      },
    ) as Promise<{ ok: boolean; error?: { code: string } }>;

  describe.each(modules)('$module', (moduleCase) => {
    const cells = Object.keys(moduleCase.definitions).flatMap((definition) =>
      roles.map((role) => ({
        definition,
        role,
        expected: moduleCase.allowed.includes(role) ? 'answers' : 'refuses',
      })),
    );

    it.each(cells)('$definition $expected the $role', async ({ definition, role, expected }) => {
      const before = snapshot(harness);

      const answer = await call(moduleCase, definition, moduleCase.cast[role]);

      const code = answer.ok ? 'ok' : (answer.error?.code ?? 'none');
      if (expected === 'refuses') {
        expect(refusals).toContain(code);
        expect(snapshot(harness)).toBe(before);
      } else {
        // Past the permission check: an answer, or a refusal of the input itself, never of the caller.
        expect([...refusals, 'INTERNAL', 'UNAVAILABLE']).not.toContain(code);
      }
    });
  });

  it.each([
    [
      'status-guide-portal-panel',
      [...Object.values(portalKeys), ...Object.values(portalChecklistKeys)],
    ],
    [
      'status-guide-agent-panel',
      [...Object.values(agentKeys), ...Object.values(agentChecklistKeys)],
    ],
    ['status-guide-admin-page', Object.values(adminKeys)],
    ['status-guide-project-settings', Object.values(projectKeys)],
  ])('covers every definition %s declares', (module, declared) => {
    const listed = modules.find((candidate) => candidate.module === module)?.definitions ?? {};

    expect(Object.keys(listed).sort()).toEqual([...declared].sort());
  });

  it.each(modules)('$module answers nothing to a definition key of another module', async (one) => {
    const foreign = modules
      .filter((other) => other.module !== one.module)
      .flatMap((other) => Object.keys(other.definitions));

    for (const definition of [...foreign, 'constructor', '__proto__']) {
      const answer = (await harness.emulator.invokeResolver(
        one.module,
        { functionKey: definition, payload: {} },
        { accountId: harness.accountIdOf(demo.admin), extension: one.extension },
      )) as { ok: boolean; error?: { code: string } };

      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it.each([
    ['another customer’s request', { key: 'FS-16', typeId: '10' }],
    ['a request that does not exist', { key: 'FS-9999', typeId: '10' }],
  ])('gives the reporter nothing when the browser context names %s', async (_what, request) => {
    const answer = (await harness.emulator.invokeResolver(
      'status-guide-portal-panel',
      { functionKey: portalKeys.getGuide, payload: {} },
      {
        accountId: harness.accountIdOf(demo.customer),
        extension: {
          type: 'jiraServiceManagement:portalRequestDetail',
          request,
          portal: { id: '1' },
        },
      },
    )) as { ok: boolean; error?: { code: string } };

    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses the IT help desk’s admin the field-service desk’s settings', async () => {
    const answer = (await harness.emulator.invokeResolver(
      'status-guide-project-settings',
      { functionKey: projectKeys.getSettings, payload: {} },
      {
        accountId: harness.accountIdOf(demo.projectAdmin),
        extension: {
          type: 'jira:projectSettingsPage',
          project: { key: 'FS', type: 'service_desk' },
        },
      },
    )) as { ok: boolean; error?: { code: string } };

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
