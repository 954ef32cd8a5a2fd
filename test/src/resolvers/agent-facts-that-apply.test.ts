import { agentKeys } from '../../../src/contracts/agent';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { agentOverview, callAgentPanel } from '../../support/panel-calls';
import { type Harness, startHarness } from '../../support/sandbox-harness';

/** Seeded: a resolved fault report, an order awaiting dispatch, field maintenance, an IT request. */
const faultReport = 'FS-1';
const hardwareOrder = 'FS-8';
const fieldMaintenance = 'FS-10';
const itRequest = 'IT-2';

describe('the facts the agent panel offers', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    // The IT desk on its own preset, as its admin would choose it.
    harness.site.state.appStorage['config:project:IT'] = configForPreset('it-service-desk');
  });

  afterEach(async () => {
    await harness.settle();
  });

  it.each([
    [faultReport, ['holdReason']],
    [itRequest, []],
    [hardwareOrder, ['dispatch', 'stockEta', 'holdReason']],
    [
      fieldMaintenance,
      [
        'dispatch',
        'hardwareReceivedOn',
        'installer',
        'installerContactOn',
        'stockEta',
        'holdReason',
      ],
    ],
  ])('offers on %s the facts %j', async (issueKey, facts) => {
    const { applicableFacts } = await agentOverview(harness, issueKey);

    expect(applicableFacts).toEqual(facts);
  });

  it('refuses an installer on a fault report with a sentence and saves nothing', async () => {
    const before = harness.site.requireIssue(faultReport).properties['status-guide'];

    const answer = await callAgentPanel(harness, faultReport, agentKeys.recordFact, {
      change: { fact: 'installer', value: { name: 'Ian Installer', phone: '021 555 0101' } },
    });

    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'An installer is recorded only on field-maintenance requests.',
      }) as unknown,
    });
    expect(harness.site.requireIssue(faultReport).properties['status-guide']).toEqual(before);
  });

  it('still lets an agent clear a fact recorded before on a request it does not apply to', async () => {
    const issue = harness.site.requireIssue(faultReport);
    issue.properties['status-guide'] = {
      ...(issue.properties['status-guide'] as object),
      facts: { stockEta: '2026-12-20' },
    };

    const answer = await callAgentPanel(harness, faultReport, agentKeys.recordFact, {
      change: { fact: 'stockEta', value: null },
    });

    expect(answer.ok).toBe(true);
    expect(answer.ok ? answer.data.applicableFacts : null).toEqual(['holdReason']);
  });
});
