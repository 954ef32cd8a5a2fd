import type { AgentOverview } from '../../src/contracts/agent';
import { agentOverview } from '../support/panel-calls';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const comment = (harness: Harness, body: string) =>
  harness.rest(demo.customer, 'POST', `/rest/servicedeskapi/request/${resolvedRequest}/comment`, {
    body,
    public: true,
  });

const recentActions = async (harness: Harness): Promise<AgentOverview['recentActions']> =>
  (await agentOverview(harness, resolvedRequest)).recentActions;

/** Takes the reopen transition out of the seeded workflow; the returned function puts it back. */
const withholdReopen = (harness: Harness): (() => void) => {
  const workflow = harness.site.project('FS')?.workflow;
  const reopen = workflow?.transitions.find((t) => t.id === '151');
  if (!workflow || !reopen) throw new Error('The seeded workflow has no reopen transition.');
  workflow.transitions = workflow.transitions.filter((t) => t !== reopen);
  return () => workflow.transitions.push(reopen);
};

describe('a reopen the workflow refused', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('shows the agent the refusal and the later reopen by the next comment', async () => {
    const restore = withholdReopen(harness);
    comment(harness, 'It stopped again.');
    await harness.settle();
    restore();

    comment(harness, 'Hello? Still broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect((await recentActions(harness)).map((a) => a.isApplied).sort()).toEqual([false, true]);
  });

  it('records the refusal once when the same event is delivered twice', async () => {
    withholdReopen(harness);
    comment(harness, 'It stopped again.');
    await harness.settle();
    const [delivery] = harness.emulator.events.delivered;
    if (!delivery) throw new Error('no delivery');

    harness.emulator.events.redeliver(delivery);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(await recentActions(harness)).toEqual([expect.objectContaining({ isApplied: false })]);
  });
});
