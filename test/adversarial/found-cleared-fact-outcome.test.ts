// An agent who records a fact on the wrong request clears it again. The promise it settled must
// come back with it: the customer is otherwise told nothing about a dispatch that never happened
// and the agent sees a kept promise (STATUS-FACTS dispatch promise; C20's "recorded result" is
// for results that really happened, not for a fact taken back).
import type { AgentOverview } from '../../src/contracts/agent';
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, portalGuide, recordFact } from '../support/panel-calls';
import { type Harness, startHarness } from '../support/sandbox-harness';

const dispatchOf = (view: AgentOverview) => view.clocks.find((clock) => clock.kind === 'dispatch');

describe('a dispatch recorded by mistake and cleared', () => {
  let harness: Harness;

  // FS-8 has been Awaiting Dispatch since Tuesday 1 December 2026 13:00 NZDT; its dispatch
  // promise is running. On Wednesday 11:00 NZDT (2026-12-01T22:00Z) Alex records a dispatch on
  // it that belonged to another order, sees the mistake and clears it a minute later.
  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
    setClock('2026-12-01T22:00:00Z');
  });

  afterEach(restoreClock);

  it('runs the dispatch promise again, with the same due date for the customer', async () => {
    const before = dispatchOf(await agentOverview(harness, 'FS-8'));
    const dueBefore = (await portalGuide(harness, 'FS-8')).promiseDue;
    const wrong = { dispatchedOn: '2026-12-02', carrierReference: 'NZP-OTHER-ORDER' };
    await recordFact(harness, 'FS-8', { fact: 'dispatch', value: wrong });
    setClock('2026-12-01T22:01:00Z');

    const after = dispatchOf(await recordFact(harness, 'FS-8', { fact: 'dispatch', value: null }));
    const dueAfter = (await portalGuide(harness, 'FS-8')).promiseDue;

    // Expected: running, due as before. Actual: 'met' (on time) stays stored for good, and the
    // customer's panel loses its dispatch date.
    expect(before?.state).toBe('running');
    expect(after).toMatchObject({ state: 'running', dueAt: before?.dueAt });
    expect(dueAfter).toEqual(dueBefore);
  });
});
