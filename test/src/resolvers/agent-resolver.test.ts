import { agentKeys } from '../../../src/contracts/agent';
import { demo, type Harness, resolvedRequest, startHarness } from '../../support/sandbox-harness';

const openPanel = (harness: Harness, email: string, issueKey: string) =>
  harness.emulator.invokeResolver(
    'status-guide-agent-panel',
    { functionKey: agentKeys.getOverview, payload: {} },
    {
      accountId: harness.accountIdOf(email),
      extension: { type: 'jira:issuePanel', issue: { key: issueKey }, project: { key: 'FS' } },
    },
  );

describe('the agent panel’s resolver', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('shows the agent what the customer reads', async () => {
    const answer = await openPanel(harness, demo.agent, 'FS-4');

    expect(answer).toMatchObject({
      ok: true,
      data: {
        issueKey: 'FS-4',
        warnings: [],
        customerView: { statusName: 'Waiting for Customer', waitsOnCustomer: true },
      },
    });
  });

  it('warns that an issue without a request type is invisible to the customer', async () => {
    const answer = await openPanel(harness, demo.agent, 'FS-17');

    expect(answer).toMatchObject({ ok: true, data: { warnings: ['NO_REQUEST_TYPE'] } });
  });

  it('warns when the status is not mapped to the catalogue', async () => {
    const project = harness.site.project('FS');
    const status = project?.workflow.statuses.find((s) => s.name === 'On Hold');
    if (status) status.name = 'Parked by robots';

    const answer = await openPanel(harness, demo.agent, 'FS-15');

    expect(answer).toMatchObject({ ok: true, data: { warnings: ['STATUS_NOT_MAPPED'] } });
  });

  it('warns on a resolved request whose workflow offers no way to the reopen rule’s status', async () => {
    // The IT desk has no settings of its own and inherits the field-service target, In Review.
    const answer = await openPanel(harness, demo.agent, 'IT-1');

    expect(answer).toMatchObject({ ok: true, data: { warnings: ['REOPEN_TARGET_UNREACHABLE'] } });
  });

  it('raises no reopen warning where the reopen can be made', async () => {
    const answer = await openPanel(harness, demo.agent, 'FS-1');

    expect(answer).toMatchObject({ ok: true, data: { warnings: [] } });
  });

  it('lists the app’s automatic actions with their reason', async () => {
    harness.rest(demo.customer, 'POST', `/rest/servicedeskapi/request/${resolvedRequest}/comment`, {
      body: 'Broken again.',
      public: true,
    });
    await harness.settle();

    const answer = await openPanel(harness, demo.agent, resolvedRequest);

    expect(answer).toMatchObject({
      ok: true,
      data: {
        recentActions: [
          {
            rule: 'reopen',
            summary: 'Moved from Resolved to In Review',
            reason: 'The customer commented on the resolved request.',
          },
        ],
      },
    });
  });

  it.each([demo.customer, demo.otherCustomer])('refuses %s, who is not an agent', async (email) => {
    const answer = await openPanel(harness, email, 'FS-4');

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
