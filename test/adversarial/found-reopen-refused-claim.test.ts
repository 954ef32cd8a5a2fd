// A reopen the workflow refused still holds its claim for an hour, so the customer's next
// comment on the same resolved request is skipped as "claimed by another event" even once the
// workflow offers the way back again (C1 with a transition missing from the workflow).
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, failedTriggerRuns, postComment, transitionIds } from './support';

describe('a reopen the workflow refused, then a second customer comment', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('reopens on the customer’s next comment once the workflow offers the way back again', async () => {
    const workflow = harness.site.project('FS')?.workflow;
    const reopen = workflow?.transitions.find((t) => t.id === transitionIds.reopen);
    if (!workflow || !reopen) throw new Error('The seeded workflow has no reopen transition.');
    workflow.transitions = workflow.transitions.filter((t) => t !== reopen);
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    await harness.settle();
    // The admin puts the Reopen transition back; the customer, still waiting, writes again.
    workflow.transitions.push(reopen);

    postComment(harness, demo.customer, resolvedRequest, 'Hello? Still broken.');
    await harness.settle();

    // Expected: In Review, one successful transition. Actual: still Resolved, no transition
    // tried; the second delivery is logged as skipped 'claimed-by-another-event'.
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness, resolvedRequest).filter((c) => c.status === 204)).toHaveLength(
      1,
    );
    expect(failedTriggerRuns(harness)).toEqual([]);
  });
});
