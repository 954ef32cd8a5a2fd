import { portalKeys } from '../../../src/contracts/portal';
import { demo, type Harness, resolvedRequest, startHarness } from '../../support/sandbox-harness';

const portalPanel = 'status-guide-portal-panel';

const openPanel = (
  harness: Harness,
  email: string,
  requestKey: string,
  extension?: Record<string, unknown>,
) =>
  harness.emulator.invokeResolver(
    portalPanel,
    { functionKey: portalKeys.getGuide, payload: {} },
    {
      accountId: harness.accountIdOf(email),
      extension: extension ?? {
        type: 'jiraServiceManagement:portalRequestDetail',
        request: { key: requestKey, typeId: '10' },
        portal: { id: '1' },
      },
    },
  );

describe('the portal panel’s resolver', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('explains the request’s status to its reporter', async () => {
    const answer = await openPanel(harness, demo.customer, 'FS-2');

    expect(answer).toMatchObject({
      ok: true,
      data: {
        requestKey: 'FS-2',
        explanation: {
          statusName: 'In Review',
          entryId: 'in-review',
          actsNextLabel: 'Our support team',
        },
      },
    });
  });

  it('explains the request to a participant', async () => {
    const answer = await openPanel(harness, demo.otherCustomer, 'FS-3');

    expect(answer).toMatchObject({
      ok: true,
      data: { explanation: { statusName: 'In Progress' } },
    });
  });

  it('tells the customer a resolved request reopens when they comment', async () => {
    const answer = (await openPanel(harness, demo.customer, resolvedRequest)) as {
      data: { explanation: { customerCanDo: string[] } };
    };

    expect(answer.data.explanation.customerCanDo.join(' ')).toMatch(/reopen/);
  });

  it('refuses a customer who is neither reporter nor participant, saying nothing about the request', async () => {
    const answer = await openPanel(harness, demo.otherCustomer, resolvedRequest);

    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: "We couldn't find this request for you." },
    });
    expect(JSON.stringify(answer)).not.toMatch(/Resolved|Tracker/);
  });

  it('answers a request that does not exist exactly as one the caller may not see', async () => {
    const missing = await openPanel(harness, demo.customer, 'FS-999');
    const foreign = await openPanel(harness, demo.customer, 'FS-16');

    expect(missing).toEqual(foreign);
  });

  it('refuses a context without a request', async () => {
    const answer = await openPanel(harness, demo.customer, '', { type: 'jira:adminPage' });

    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each(['constructor', 'toString', 'admin.saveSettings', 'agent.getOverview'])(
    'refuses the definition key %s, which this panel does not declare',
    async (functionKey) => {
      const answer = await harness.emulator.invokeResolver(
        portalPanel,
        { functionKey, payload: { secret: 'echo me' } },
        {
          accountId: harness.accountIdOf(demo.customer),
          extension: { request: { key: 'FS-2' }, portal: { id: '1' } },
        },
      );

      expect(answer).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'This panel has no such action.' },
      });
    },
  );

  it('uses the company name the admin set', async () => {
    harness.site.state.appStorage['config:site'] = {
      version: 1,
      companyName: 'Tui Fleet',
      preset: 'field-service',
      statusMapping: {},
      rules: { reopen: { enabled: true, targetStatus: 'In Review' } },
      accounts: { customerProxies: [], integrations: [], installers: [] },
    };

    const answer = await openPanel(harness, demo.customer, resolvedRequest);

    expect(answer).toMatchObject({ ok: true, data: { companyName: 'Tui Fleet' } });
  });

  it('falls back to the preset when the stored settings are damaged', async () => {
    harness.site.state.appStorage['config:site'] = { version: 1, companyName: 42 };

    const answer = await openPanel(harness, demo.customer, 'FS-2');

    expect(answer).toMatchObject({ ok: true, data: { companyName: 'our team' } });
  });
});
