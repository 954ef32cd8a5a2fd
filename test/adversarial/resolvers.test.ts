// Resolver calls with tampered contexts and payloads (C23, C24, C28).
import { kvs } from '@forge/kvs';

import { adminKeys } from '../../src/contracts/admin';
import { agentKeys } from '../../src/contracts/agent';
import { portalKeys } from '../../src/contracts/portal';
import { adminResolver, portalResolver } from '../../src/index';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { injectFault, jsonResponse } from './support';

const portalPanel = 'status-guide-portal-panel';
const agentPanel = 'status-guide-agent-panel';
const adminPage = 'status-guide-admin-page';

const portalExtension = (key: unknown) => ({
  type: 'jiraServiceManagement:portalRequestDetail',
  request: { key, typeId: '10' },
  portal: { id: '1' },
});

const invoke = (
  harness: Harness,
  moduleKey: string,
  functionKey: string,
  accountId: string | undefined,
  extension: Record<string, unknown>,
  payload: unknown = {},
) =>
  harness.emulator.invokeResolver(
    moduleKey,
    { functionKey, payload },
    // The emulator passes the accountId on as Forge's principal; undefined means no user.
    { accountId: accountId as string, extension },
  );

const notFoundForCustomer = {
  ok: false,
  error: { code: 'NOT_FOUND', message: "We couldn't find this request for you." },
};

describe('the portal resolver with tampered contexts', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('answers nothing about another customer’s request, whatever the payload says', async () => {
    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      harness.accountIdOf(demo.customer),
      portalExtension('FS-16'),
      { requestKey: 'FS-1', accountId: harness.accountIdOf(demo.otherCustomer) },
    );

    expect(answer).toEqual(notFoundForCustomer);
  });

  it('uses the context’s request, not one named in the payload', async () => {
    const answer = (await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      harness.accountIdOf(demo.otherCustomer),
      portalExtension('FS-16'),
      { request: { key: resolvedRequest }, requestKey: resolvedRequest },
    )) as { ok: boolean; data: { requestKey: string } };

    expect(answer).toMatchObject({ ok: true, data: { requestKey: 'FS-16' } });
  });

  it('answers nothing when the call has no user', async () => {
    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      undefined,
      portalExtension(resolvedRequest),
    );

    expect(answer).toEqual(notFoundForCustomer);
  });

  it('answers nothing to an account the site does not know', async () => {
    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      'ghost-account',
      portalExtension(resolvedRequest),
    );

    expect(answer).toEqual(notFoundForCustomer);
  });

  it('answers nothing to an agent who is neither reporter nor participant', async () => {
    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      harness.accountIdOf(demo.agent),
      portalExtension(resolvedRequest),
    );

    expect(answer).toEqual(notFoundForCustomer);
  });

  it('answers nothing to a participant removed from the request', async () => {
    const issue = harness.site.requireIssue('FS-3');
    issue.participantIds = [];

    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      harness.accountIdOf(demo.otherCustomer),
      portalExtension('FS-3'),
    );

    expect(answer).toEqual(notFoundForCustomer);
  });

  it.each([
    ['a path-traversing key', '../../rest/api/3/myself'],
    ['a key with a slash', 'FS-1/comment'],
    ['a key with a query', 'FS-1?expand=participant'],
    ['a key of dots', '..'],
    ['a key of 20,000 characters', `FS-${'1'.repeat(20000)}`],
    ['a number', 1],
    ['an object', { toString: 'FS-1' }],
  ])('answers NOT_FOUND (not an internal error) for %s', async (_name, key) => {
    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      harness.accountIdOf(demo.customer),
      portalExtension(key),
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows a portal-only customer the panel on their own request (C23)', async () => {
    const answer = await invoke(
      harness,
      portalPanel,
      portalKeys.getGuide,
      harness.accountIdOf(demo.customer),
      portalExtension(resolvedRequest),
    );

    expect(answer).toMatchObject({ ok: true, data: { requestKey: resolvedRequest } });
  });

  it('cannot reach the admin definition through the portal module', async () => {
    await expect(
      invoke(
        harness,
        portalPanel,
        adminKeys.saveSettings,
        harness.accountIdOf(demo.admin),
        portalExtension(resolvedRequest),
        { settings: { companyName: 'Hacked', reopen: { enabled: false, targetStatus: 'x' } } },
      ),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This panel has no such action.' },
    });
    expect(await kvs.get('config:site')).toBeUndefined();
  });

  it('cannot reach the agent overview through the portal module', async () => {
    const answer = await invoke(
      harness,
      portalPanel,
      agentKeys.getOverview,
      harness.accountIdOf(demo.customer),
      { issue: { key: resolvedRequest } },
    );

    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This panel has no such action.' },
    });
  });

  it('ignores a context accountId that differs from Forge’s principal', async () => {
    // Forge puts the real caller in the principal; a context claiming someone else is ignored.
    const answer: unknown = await portalResolver(
      {
        call: { functionKey: portalKeys.getGuide, payload: {} },
        context: {
          accountId: harness.accountIdOf(demo.otherCustomer),
          extension: portalExtension(resolvedRequest),
        },
      },
      { principal: { accountId: 'ghost-account' } },
    );

    expect(answer).toEqual(notFoundForCustomer);
  });
});

describe('the agent resolver with tampered contexts', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  const overview = (accountId: string | undefined, extension: Record<string, unknown>) =>
    invoke(harness, agentPanel, agentKeys.getOverview, accountId, extension);

  it('refuses a customer, even on their own request', async () => {
    const answer = await overview(harness.accountIdOf(demo.customer), {
      issue: { key: resolvedRequest },
    });

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(answer)).not.toMatch(/Resolved|appliedActions|recentActions/);
  });

  it('refuses a call without a user', async () => {
    const answer = await overview(undefined, { issue: { key: resolvedRequest } });

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a Jira admin who is not an agent of the project', async () => {
    harness.site.state.users.push({
      accountId: 'site-admin-sam',
      email: 'sam@servicedesk.example',
      displayName: 'Sam Siteadmin',
      accountType: 'atlassian',
      timeZone: 'UTC',
      locale: 'en-US',
      isSiteAdmin: true,
      role: 'site admin, not an agent',
    });

    const answer = await overview('site-admin-sam', { issue: { key: resolvedRequest } });

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it.each([
    ['an issue that does not exist', 'FS-999'],
    ['a deleted issue', 'FS-2'],
    ['a path-traversing key', '../../rest/api/3/myself'],
    ['a key with a query', 'FS-1?x=1'],
  ])('answers an agent about %s with a refusal, not an internal error', async (name, key) => {
    if (name === 'a deleted issue') {
      harness.site.state.issues = harness.site.state.issues.filter((i) => i.key !== key);
    }

    const answer = await overview(harness.accountIdOf(demo.agent), { issue: { key } });

    expect(answer).toMatchObject({ ok: false });
    expect((answer as { error: { code: string } }).error.code).not.toBe('INTERNAL');
  });

  it('warns an agent about an issue without a request type (C22)', async () => {
    const answer = await overview(harness.accountIdOf(demo.agent), { issue: { key: 'FS-17' } });

    expect(answer).toMatchObject({ ok: true, data: { warnings: ['NO_REQUEST_TYPE'] } });
  });
});

describe('the admin resolver with tampered calls', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  const valid = { companyName: 'Tui Fleet', reopen: { enabled: true, targetStatus: 'In Review' } };

  it.each([
    ['an agent', demo.agent],
    ['a customer', demo.customer],
    ['an installer', demo.installer],
  ])('refuses %s on both definitions and stores nothing', async (_name, email) => {
    const id = harness.accountIdOf(email);
    const read = await invoke(harness, adminPage, adminKeys.getSettings, id, {});
    const write = await invoke(
      harness,
      adminPage,
      adminKeys.saveSettings,
      id,
      {},
      {
        settings: valid,
      },
    );

    expect(read).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await kvs.get('config:site')).toBeUndefined();
  });

  it('refuses a call without a user', async () => {
    const answer = await invoke(
      harness,
      adminPage,
      adminKeys.saveSettings,
      undefined,
      {},
      {
        settings: valid,
      },
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('ignores a context that claims an admin when Forge’s principal is a customer', async () => {
    const answer: unknown = await adminResolver(
      {
        call: { functionKey: adminKeys.saveSettings, payload: { settings: valid } },
        context: { accountId: harness.accountIdOf(demo.admin), extension: {} },
      },
      { principal: { accountId: harness.accountIdOf(demo.customer) } },
    );

    expect(answer).toMatchObject({ ok: false });
    expect(await kvs.get('config:site')).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'settings'],
    ['settings of null', { settings: null }],
    ['a numeric company name', { settings: { ...valid, companyName: 5 } }],
    ['a string flag', { settings: { ...valid, reopen: { enabled: 'false', targetStatus: 'x' } } }],
    ['no reopen', { settings: { companyName: 'x' } }],
  ])('answers INVALID_INPUT to a payload of %s and stores nothing', async (_name, payload) => {
    const answer = await invoke(
      harness,
      adminPage,
      adminKeys.saveSettings,
      harness.accountIdOf(demo.admin),
      {},
      payload,
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await kvs.get('config:site')).toBeUndefined();
  });

  it('does not let the admin page smuggle special accounts or a mapping through the settings', async () => {
    const answer = await invoke(
      harness,
      adminPage,
      adminKeys.saveSettings,
      harness.accountIdOf(demo.admin),
      {},
      {
        settings: {
          ...valid,
          accounts: { customerProxies: [harness.accountIdOf(demo.agent)] },
          statusMapping: { 'In Review': 'resolved' },
        },
      },
    );
    const stored = (await kvs.get('config:site')) as Record<string, unknown>;

    expect(answer).toMatchObject({ ok: true });
    expect(stored.accounts).toEqual({ customerProxies: [], integrations: [], installers: [] });
    expect(stored.statusMapping).toEqual({});
  });

  it('keeps a prototype-polluting payload from polluting anything', async () => {
    const payload = JSON.parse(
      '{"settings":{"companyName":"Tui","reopen":{"enabled":true,"targetStatus":"In Review","__proto__":{"enabled":false}},"__proto__":{"polluted":true}}}',
    ) as unknown;

    const answer = await invoke(
      harness,
      adminPage,
      adminKeys.saveSettings,
      harness.accountIdOf(demo.admin),
      {},
      payload,
    );

    expect(answer).toMatchObject({ ok: true, data: { settings: { reopen: { enabled: true } } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('resolvers while Jira is rate limiting or failing', () => {
  let harness: Harness;
  let removeFault: () => void = () => undefined;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(() => {
    removeFault();
  });

  const jiraDown = (status: number) =>
    injectFault((target) =>
      target.type === 'fpp'
        ? jsonResponse(
            status,
            { errorMessages: ['Try later.'], errors: {} },
            { 'Retry-After': '5' },
          )
        : undefined,
    );

  it.each([429, 503])(
    'tells the portal panel the guide is UNAVAILABLE (not an internal fault) when Jira answers %i',
    async (status) => {
      removeFault = jiraDown(status);

      const answer = await invoke(
        harness,
        portalPanel,
        portalKeys.getGuide,
        harness.accountIdOf(demo.customer),
        portalExtension(resolvedRequest),
      );

      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    },
  );

  it('tells the agent panel it is UNAVAILABLE when Jira answers 503', async () => {
    removeFault = jiraDown(503);

    const answer = await invoke(
      harness,
      agentPanel,
      agentKeys.getOverview,
      harness.accountIdOf(demo.agent),
      {
        issue: { key: resolvedRequest },
      },
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
