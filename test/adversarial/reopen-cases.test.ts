// CASES.md C1, end to end in the sandbox: the reopen is explained to the customer.
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, postComment } from './support';

describe('C1: a customer comment on a resolved request', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  // "The app reopens it and posts a public note. Exactly one transition happens; the app's own
  // note and transition trigger nothing further."
  it('reopens the request once and posts one public note, which triggers nothing further', async () => {
    const before = harness.site.requireIssue(resolvedRequest).comments.length;

    expect(postComment(harness, demo.customer, resolvedRequest, 'It stopped again.').status).toBe(
      201,
    );
    await harness.settle();

    const appId = harness.site.appUser().accountId;
    const added = harness.site.requireIssue(resolvedRequest).comments.slice(before);
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness, resolvedRequest)).toHaveLength(1);
    // The customer's comment, then the app's public note about the reopen.
    expect(added.map((comment) => [comment.authorId, comment.isPublic])).toEqual([
      [harness.accountIdOf(demo.customer), true],
      [appId, true],
    ]);
  });
});
