// What an issue update costs: one invocation of the one issue-updated function, which reads the
// request once for the promise clocks, the field-maintenance rules and the checklist alike.
import { agentTransition, transitionIds } from '../adversarial/support';
import { appRestCalls } from '../support/comment-rules';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const callsOf = (harness: Harness) =>
  appRestCalls(harness).map((call) => `${call.method} ${call.path}`);

const triggerRuns = (harness: Harness) =>
  harness.log
    .ofType('invocation')
    .filter((entry) => entry.kind === 'trigger')
    .map((entry) => entry.functionKey);

const missingCountOf = (harness: Harness, issueKey: string): unknown =>
  (
    harness.site.requireIssue(issueKey).properties['status-guide'] as
      { checklist?: { missingCount?: number } } | undefined
  )?.checklist?.missingCount;

describe('the cost of an issue update', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    await harness.settle();
    harness.log.clear();
  });

  it('makes one invocation and three calls when an agent moves a request on', async () => {
    agentTransition(harness, 'FS-2', transitionIds.startWork);
    await harness.settle();

    expect(harness.statusOf('FS-2')).toBe('In Progress');
    expect(triggerRuns(harness)).toEqual(['issue-updated-trigger']);
    expect(callsOf(harness)).toEqual([
      'GET /rest/servicedeskapi/request/FS-2',
      'GET /rest/api/3/issue/FS-2',
      'PUT /rest/api/3/issue/FS-2/properties/status-guide',
    ]);
    // The one write carries the checklist's count: FS-2 still lacks the vehicle registration.
    expect(missingCountOf(harness, 'FS-2')).toBe(1);
  });

  it('records the settled promise and the missing count in the same write on a resolve', async () => {
    agentTransition(harness, 'FS-3', transitionIds.resolve);
    await harness.settle();

    const writes = callsOf(harness).filter((call) => call.startsWith('PUT'));
    const state = harness.site.requireIssue('FS-3').properties['status-guide'] as {
      clockOutcomes: Record<string, unknown>;
      checklist: { missingCount: number };
    };
    expect(writes).toEqual(['PUT /rest/api/3/issue/FS-3/properties/status-guide']);
    expect(Object.keys(state.clockOutcomes)).not.toHaveLength(0);
    expect(state.checklist.missingCount).toBe(1);
  });

  it('reads only the request for a file on a request type without a checklist', async () => {
    harness.site.addAttachment('IT-1', harness.accountIdOf(demo.customer), {
      filename: 'wifi.png',
      mimeType: 'image/png',
    });
    await harness.settle();

    expect(triggerRuns(harness)).toEqual(['issue-updated-trigger']);
    expect(callsOf(harness)).toEqual(['GET /rest/servicedeskapi/request/IT-1']);
  });
});
