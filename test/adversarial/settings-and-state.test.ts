// Odd workflows, odd settings, damaged storage and a damaged issue property.
import { kvs } from '@forge/kvs';

import { adminKeys, type SiteSettings } from '../../src/contracts/admin';
import { agentKeys } from '../../src/contracts/agent';
import { portalKeys } from '../../src/contracts/portal';
import { defaultConfig } from '../../src/domain/config/defaults';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, failedTriggerRuns, loggedLines, postComment } from './support';

const saveSettings = (harness: Harness, settings: SiteSettings) =>
  harness.emulator.invokeResolver(
    'status-guide-admin-page',
    { functionKey: adminKeys.saveSettings, payload: { settings } },
    { accountId: harness.accountIdOf(demo.admin), extension: { type: 'jira:adminPage' } },
  );

const getSettings = (harness: Harness) =>
  harness.emulator.invokeResolver(
    'status-guide-admin-page',
    { functionKey: adminKeys.getSettings, payload: {} },
    { accountId: harness.accountIdOf(demo.admin), extension: { type: 'jira:adminPage' } },
  );

const agentOverview = (harness: Harness, issueKey: string) =>
  harness.emulator.invokeResolver(
    'status-guide-agent-panel',
    { functionKey: agentKeys.getOverview, payload: {} },
    {
      accountId: harness.accountIdOf(demo.agent),
      extension: { type: 'jira:issuePanel', issue: { key: issueKey } },
    },
  );

const portalGuide = (harness: Harness, issueKey: string) =>
  harness.emulator.invokeResolver(
    'status-guide-portal-panel',
    { functionKey: portalKeys.getGuide, payload: {} },
    {
      accountId: harness.accountIdOf(demo.customer),
      extension: { type: 'jiraServiceManagement:portalRequestDetail', request: { key: issueKey } },
    },
  );

const renameStatus = (harness: Harness, id: string, name: string) => {
  const status = harness.site.project('FS')?.workflow.statuses.find((s) => s.id === id);
  if (!status) throw new Error(`no status ${id}`);
  status.name = name;
};

describe('odd workflows and status names', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it.each(['  RESOLVED ', 'resolved', 'Resolved.', 'Closed', 'Done', 'Fixed'])(
    'reopens a request whose resolved status is named %j',
    async (name) => {
      renameStatus(harness, '15', name);

      postComment(harness, demo.customer, resolvedRequest, 'Broken.');
      await harness.settle();

      expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    },
  );

  it.each(['in review', ' In  Review ', 'IN-REVIEW'])(
    'reopens to the target when the workflow spells In Review as %j',
    async (name) => {
      renameStatus(harness, '1', name);

      postComment(harness, demo.customer, resolvedRequest, 'Broken.');
      await harness.settle();

      expect(harness.statusOf(resolvedRequest)).toBe(name);
    },
  );

  it('does not reopen a request in a done-category status the catalogue does not call resolved', async () => {
    renameStatus(harness, '15', 'Cancelled');

    postComment(harness, demo.customer, resolvedRequest, 'Why cancelled?');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Cancelled');
  });

  it('does not reopen a request whose status only contains the word resolved', async () => {
    renameStatus(harness, '15', 'Not Resolved');

    postComment(harness, demo.customer, resolvedRequest, 'Hmm.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Not Resolved');
  });

  it('leaves the request resolved, without a failed invocation, when the workflow has no way back', async () => {
    const workflow = harness.site.project('FS')?.workflow;
    if (!workflow) throw new Error('no workflow');
    workflow.transitions = workflow.transitions.filter((t) => t.id !== '151');
    const warn = jest.spyOn(console, 'warn');

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(failedTriggerRuns(harness)).toEqual([]);
    expect(loggedLines(warn)).toContainEqual(
      expect.objectContaining({ outcome: 'not-applied', issueKey: resolvedRequest }),
    );
  });

  it('reopens through the right transition when two transitions lead to statuses of the same name', async () => {
    // A second "In Review" transition that is offered but leads elsewhere must not be chosen.
    const workflow = harness.site.project('FS')?.workflow;
    if (!workflow) throw new Error('no workflow');
    workflow.transitions.unshift({ id: '999', name: 'In Review', from: ['15'], to: '2' });

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });
});

describe('an admin’s odd settings', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('refuses a target status no workflow has, naming the field', async () => {
    const answer = await saveSettings(harness, {
      companyName: 'Tui Fleet',
      reopen: { enabled: true, targetStatus: 'Reopened By Magic' },
    });

    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'reopen.targetStatus': expect.any(String) } },
    });
  });

  it('refuses the resolved status itself as the reopen target', async () => {
    const answer = await saveSettings(harness, {
      companyName: 'Tui Fleet',
      reopen: { enabled: true, targetStatus: 'Resolved' },
    });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('with a target status that does not exist, a customer comment leaves the request resolved and nothing crashes', async () => {
    await kvs.set('config:site', {
      ...defaultConfig,
      rules: { reopen: { enabled: true, targetStatus: 'Reopened By Magic' } },
    });

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('accepts a target status with odd spacing and case and reopens to the real status', async () => {
    const answer = await saveSettings(harness, {
      companyName: 'Tui Fleet',
      reopen: { enabled: true, targetStatus: '  in   REVIEW ' },
    });
    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();

    expect(answer).toMatchObject({ ok: true });
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it('never reopens when the admin turned the rule off', async () => {
    await saveSettings(harness, {
      companyName: 'Tui Fleet',
      reopen: { enabled: false, targetStatus: 'In Review' },
    });

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it.each<[string, { companyName?: string; targetStatus?: string }]>([
    ['a company name of 81 characters', { companyName: 'x'.repeat(81) }],
    ['a company name of spaces', { companyName: '    ' }],
    ['a target of 256 characters', { targetStatus: 'x'.repeat(256) }],
    ['an empty target', { targetStatus: '' }],
  ])('refuses %s and keeps what was stored', async (_name, change) => {
    await saveSettings(harness, {
      companyName: 'Tui Fleet',
      reopen: { enabled: true, targetStatus: 'In Review' },
    });

    const answer = await saveSettings(harness, {
      companyName: change.companyName ?? 'Tui Fleet',
      reopen: { enabled: true, targetStatus: change.targetStatus ?? 'In Review' },
    });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await getSettings(harness)).toMatchObject({
      ok: true,
      data: { settings: { companyName: 'Tui Fleet' } },
    });
  });

  it('renders a company name with markup as plain text in the portal explanation', async () => {
    await saveSettings(harness, {
      companyName: '<img src=x onerror=alert(1)>',
      reopen: { enabled: true, targetStatus: 'In Review' },
    });

    const guide = (await portalGuide(harness, 'FS-2')) as {
      ok: boolean;
      data: { companyName: string };
    };

    // Text is returned as text; the panels render it with React, never as HTML.
    expect(guide).toMatchObject({
      ok: true,
      data: { companyName: '<img src=x onerror=alert(1)>' },
    });
  });
});

describe('damaged storage and a damaged issue property', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it.each([
    ['a string', 'garbage'],
    ['null-like junk', { version: 1, rules: null }],
    ['a future version', { ...defaultConfig, version: 4 }],
    [
      'a target status of the wrong type',
      { ...defaultConfig, rules: { reopen: { enabled: true, targetStatus: 42 } } },
    ],
  ])(
    'still reopens with the preset and tells the admin when stored settings are %s',
    async (_name, stored) => {
      await kvs.set('config:site', stored);

      postComment(harness, demo.customer, resolvedRequest, 'Broken.');
      await harness.settle();
      const settings = (await getSettings(harness)) as {
        ok: boolean;
        data: { storedSettingsProblem: string | null };
      };

      expect(harness.statusOf(resolvedRequest)).toBe('In Review');
      expect(settings.ok).toBe(true);
      expect(settings.data.storedSettingsProblem).toEqual(expect.any(String));
    },
  );

  it('lets the admin save over damaged settings', async () => {
    await kvs.set('config:site', 'garbage');

    const answer = await saveSettings(harness, {
      companyName: 'Tui Fleet',
      reopen: { enabled: true, targetStatus: 'In Review' },
    });
    const after = await getSettings(harness);

    expect(answer).toMatchObject({ ok: true });
    expect(after).toMatchObject({ ok: true, data: { storedSettingsProblem: null } });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    ['a wrong version', { version: 9, appliedActions: [] }],
    ['actions of the wrong shape', { version: 1, appliedActions: [{ eventKey: 5 }] }],
  ])('reopens and rewrites the request’s record when the property is %s', async (_name, value) => {
    harness.site.setProperty(resolvedRequest, 'status-guide', value);

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();
    const overview = (await agentOverview(harness, resolvedRequest)) as {
      ok: boolean;
      data: { recentActions: unknown[] };
    };

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(overview).toMatchObject({ ok: true });
    expect(overview.data.recentActions).toHaveLength(1);
  });

  it('keeps the earlier history when one remembered action is damaged', async () => {
    // One earlier reopen, then a hand-edited bad entry next to it.
    postComment(harness, demo.customer, resolvedRequest, 'First time.');
    await harness.settle();
    harness.site.transition(resolvedRequest, '141', harness.accountIdOf(demo.agent));
    await harness.settle();
    const stored = harness.site.requireIssue(resolvedRequest).properties['status-guide'] as {
      version: 1;
      appliedActions: Record<string, unknown>[];
    };
    stored.appliedActions.push({ eventKey: '', rule: 'reopen', summary: '', reason: '', at: 'x' });

    postComment(harness, demo.customer, resolvedRequest, 'Second time.');
    await harness.settle();
    const overview = (await agentOverview(harness, resolvedRequest)) as {
      data: { recentActions: unknown[] };
    };

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(overview.data.recentActions).toHaveLength(2);
  });

  it('records the reopen even when the remembered history is as large as the schema allows', async () => {
    const at = new Date().toISOString();
    harness.site.setProperty(resolvedRequest, 'status-guide', {
      version: 1,
      appliedActions: Array.from({ length: 50 }, (_, i) => ({
        eventKey: `comment:${i}`,
        rule: 'reopen',
        summary: 's'.repeat(300),
        reason: 'r'.repeat(300),
        at,
      })),
    });

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(failedTriggerRuns(harness)).toEqual([]);
    const stored = harness.site.requireIssue(resolvedRequest).properties['status-guide'] as {
      appliedActions: { eventKey: string }[];
    };
    expect(stored.appliedActions.length).toBeLessThanOrEqual(50);
    expect(Buffer.byteLength(JSON.stringify(stored))).toBeLessThanOrEqual(32768);
    expect(stored.appliedActions.at(-1)?.eventKey).toMatch(/^comment:1\d{4}$/);
    expect(appTransitions(harness)).toHaveLength(1);
  });
});
