// Two customers' comments close together on one resolved request, while the first delivery is
// still talking to Jira: one reopen and one note, whatever the gap.
import { setTimeout as wait } from 'node:timers/promises';

import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, failedTriggerRuns, injectLatency, postComment } from './support';

describe('comments close together on a resolved request', () => {
  let harness: Harness;
  let removeLatency: () => void;

  beforeEach(async () => {
    harness = await startHarness();
    harness.site
      .requireIssue(resolvedRequest)
      .participantIds.push(harness.accountIdOf(demo.otherCustomer));
    // Each call to Jira takes 20 ms, so a delivery is still in flight 50 ms after it began.
    removeLatency = injectLatency(20);
  });

  afterEach(() => {
    removeLatency();
  });

  const appNotes = () => {
    const appIds = new Set(
      harness.site.state.users.filter((user) => user.accountType === 'app').map((u) => u.accountId),
    );
    return harness.site
      .requireIssue(resolvedRequest)
      .comments.filter((comment) => appIds.has(comment.authorId));
  };

  it.each([0, 10, 50, 120])(
    'gives one reopen and one note when the second comment follows %i ms after the first',
    async (gapMs) => {
      postComment(harness, demo.customer, resolvedRequest, 'The tracker is offline again.');
      await wait(gapMs);
      postComment(harness, demo.otherCustomer, resolvedRequest, 'Same here since this morning.');
      await harness.settle();

      expect(harness.statusOf(resolvedRequest)).toBe('In Review');
      expect(appTransitions(harness).filter((call) => call.status === 204)).toHaveLength(1);
      expect(appNotes()).toHaveLength(1);
      expect(failedTriggerRuns(harness)).toEqual([]);
    },
  );
});
