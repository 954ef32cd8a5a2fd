// Dates an agent records for things that have already happened (a dispatch) cannot lie in the
// future: the customer's panel says "dispatched on" that date, and the dispatch promise is then
// neither kept nor missed until the date comes (the agent's fact recording, "bad dates").
import { agentKeys } from '../../src/contracts/agent';
import { restoreClock, setClock } from '../support/fixed-clock';
import { callAgentPanel, callPortalPanel } from '../support/panel-calls';
import { type Harness, startHarness } from '../support/sandbox-harness';

describe('a dispatch date in the future', () => {
  let harness: Harness;

  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
    setClock('2026-12-01T22:00:00Z');
  });

  afterEach(restoreClock);

  it('is refused, naming the field, and the customer is not told the hardware was dispatched', async () => {
    // Wednesday 2 December 2026 in Auckland; the agent types 2027 instead of 2026.
    const answer = await callAgentPanel(harness, 'FS-8', agentKeys.recordFact, {
      change: { fact: 'dispatch', value: { dispatchedOn: '2027-12-02', carrierReference: '' } },
    });
    const guide = await callPortalPanel(harness, 'FS-8');

    // Expected: INVALID_INPUT on value.dispatchedOn. Actual: saved; the portal shows
    // "dispatched on 2 December 2027" a year ahead.
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(guide).toMatchObject({ ok: true, data: { facts: {} } });
  });
});
