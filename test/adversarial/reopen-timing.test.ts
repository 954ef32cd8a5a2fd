// Duplicate, late, out-of-order and concurrent deliveries of comment events (C1 and worse).
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import {
  agentTransition,
  appTransitions,
  commentPayload,
  failedTriggerRuns,
  injectLatency,
  passTime,
  postComment,
  transitionIds,
} from './support';

describe('reopen under duplicate, late and concurrent delivery', () => {
  let harness: Harness;
  let removeLatency: () => void;

  beforeEach(async () => {
    harness = await startHarness();
    // Real calls to Jira take milliseconds; without this every delivery would run to its end
    // in one tick and two deliveries could never overlap.
    removeLatency = injectLatency(3);
  });

  afterEach(async () => {
    await harness.settle();
    removeLatency();
  });

  it('reopens exactly once when two customer comments arrive a few ms apart, and neither delivery fails', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    postComment(harness, demo.customer, resolvedRequest, 'And the second van too.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness).filter((call) => call.status === 204)).toHaveLength(1);
    // The second delivery must see that the request is already reopened, not fail.
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('reopens exactly once when the reporter and a participant comment at the same moment', async () => {
    harness.site
      .requireIssue(resolvedRequest)
      .participantIds.push(harness.accountIdOf(demo.otherCustomer));

    postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    postComment(harness, demo.otherCustomer, resolvedRequest, 'Broken here as well.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness).filter((call) => call.status === 204)).toHaveLength(1);
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('reopens once when the same event is delivered three times at once', async () => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'Not fixed.');
    const trigger = harness.emulator.manifest.triggers.find(
      (t) => t.key === 'status-guide-comment-trigger',
    );
    if (!trigger) throw new Error('no comment trigger');
    const payload = commentPayload(harness, resolvedRequest, (answer.body as { id: string }).id);
    const duplicate = { trigger, payload, actorId: harness.accountIdOf(demo.customer), attempt: 1 };
    // Forge's at-least-once delivery hands the same event over twice more while the first runs.
    harness.emulator.events.redeliver(duplicate);
    harness.emulator.events.redeliver(duplicate);
    await harness.settle();

    expect(appTransitions(harness).filter((call) => call.status === 204)).toHaveLength(1);
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('does not reopen again when a duplicate arrives after the agent re-resolved the request', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'Still broken.');
    await harness.settle();
    const [delivery] = harness.emulator.events.delivered;
    if (!delivery) throw new Error('no delivery');
    passTime(5);
    agentTransition(harness, resolvedRequest, transitionIds.resolve);
    await harness.settle();

    harness.emulator.events.redeliver(delivery);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(1);
  });

  it('leaves the request resolved when the comment is delivered after an agent reopened and re-resolved it', async () => {
    // The customer comments while the request is resolved; before Forge delivers the event the
    // agent (who read the comment) reopens the request, answers and resolves it again.
    postComment(harness, demo.customer, resolvedRequest, 'One more question about the invoice.');
    passTime(5);
    agentTransition(harness, resolvedRequest, transitionIds.reopen);
    passTime(5);
    agentTransition(harness, resolvedRequest, transitionIds.resolve);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('leaves the request where it is when the comment is delivered after the request moved on', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'Please check again.');
    passTime(5);
    agentTransition(harness, resolvedRequest, transitionIds.reopen);
    agentTransition(harness, resolvedRequest, transitionIds.startWork);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Progress');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('ignores a comment made while the request was open even when delivered after it was resolved', async () => {
    agentTransition(harness, resolvedRequest, transitionIds.reopen);
    await harness.settle();
    postComment(harness, demo.customer, resolvedRequest, 'Thanks for looking.');
    passTime(5);
    agentTransition(harness, resolvedRequest, transitionIds.resolve);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('acts once when two comments are delivered in reverse order', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'First.');
    postComment(harness, demo.customer, resolvedRequest, 'Second.');
    await harness.settle();
    const deliveries = harness.emulator.events.delivered.filter(
      (d) => d.trigger.key === 'status-guide-comment-trigger',
    );
    expect(deliveries).toHaveLength(2);
    // Now deliver both again, newest first, after the agent re-resolved.
    passTime(5);
    agentTransition(harness, resolvedRequest, transitionIds.resolve);
    await harness.settle();
    for (const delivery of [...deliveries].reverse()) harness.emulator.events.redeliver(delivery);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness).filter((call) => call.status === 204)).toHaveLength(1);
  });

  it('skips quietly an event for a comment deleted before delivery', async () => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'Oops, wrong request.');
    const id = (answer.body as { id: string }).id;
    const issue = harness.site.requireIssue(resolvedRequest);
    issue.comments = issue.comments.filter((comment) => comment.id !== id);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('skips quietly an event for an issue deleted before delivery', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'Anything?');
    harness.site.state.issues = harness.site.state.issues.filter(
      (issue) => issue.key !== resolvedRequest,
    );
    await harness.settle();

    expect(appTransitions(harness)).toHaveLength(0);
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('does not reopen for a comment an agent turned internal before delivery', async () => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'My password is hunter2');
    const id = (answer.body as { id: string }).id;
    const comment = harness.site.requireIssue(resolvedRequest).comments.find((c) => c.id === id);
    if (comment) comment.isPublic = false;
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });
});
