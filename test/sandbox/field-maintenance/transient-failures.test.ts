// Jira's 429 and 500 while the field-maintenance rules act on events: the handler asks Forge to
// retry, and the retried delivery acts exactly once.
import { buildEventPayload } from '../../../sandbox/forge/event-payloads';
import { onCommentEvent, onIssueUpdatedEvent } from '../../../src/index';
import { commentPayload, injectFault, jsonResponse } from '../../adversarial/support';
import { recordFact } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';
import { appMoves, fieldTransitions, moveAs, raiseRequest, saveSettings, today } from './support';

interface RetryAnswer {
  _retry: boolean;
  retryOptions: { retryAfter: number; retryReason: string };
}

/** Answers the app's next POST to /transitions with the error, once. */
const failNextMove = (status: number, headers: Record<string, string> = {}) => {
  let isSpent = false;
  return injectFault((target, path, init) => {
    if (isSpent || target.type !== 'fpp' || init?.method !== 'POST') return undefined;
    if (!path.endsWith('/transitions')) return undefined;
    isSpent = true;
    return jsonResponse(status, { errorMessages: ['Try again later.'], errors: {} }, headers);
  });
};

describe('transient failures during the field-maintenance rules', () => {
  let harness: Harness;
  let removeFault: () => void = () => undefined;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    removeFault();
    removeFault = () => undefined;
    await harness.settle();
  });

  /** A request with its dispatch recorded while it was In Progress, now entering Awaiting Dispatch. */
  const enteringAwaitingDispatch = async (): Promise<Record<string, unknown>> => {
    const key = raiseRequest(harness);
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork]);
    await recordFact(harness, key, {
      fact: 'dispatch',
      value: { dispatchedOn: today(), carrierReference: '' },
    });
    // Moved without an event reaching the app, so only the test's own calls of the handler act.
    const project = harness.site.state.projects[0];
    const orderProcessed = project?.workflow.transitions.find((t) => t.id === '61');
    if (!orderProcessed) throw new Error('The demo workflow lacks Order processed.');
    orderProcessed.firesEvent = 'custom';
    const entry = harness.site.transition(key, '61', harness.accountIdOf(demo.agent));
    orderProcessed.firesEvent = 'issue-updated';
    await harness.settle();
    harness.log.clear();
    return buildEventPayload(harness.site, {
      kind: 'issue-updated',
      issueKey: key,
      actorId: harness.accountIdOf(demo.agent),
      changelogId: entry.id,
    });
  };

  it('answers Jira’s 429 on the move with its Retry-After, and the retry moves once', async () => {
    const payload = await enteringAwaitingDispatch();
    const key = (payload.issue as { key: string }).key;
    removeFault = failNextMove(429, { 'Retry-After': '7' });

    const first = (await onIssueUpdatedEvent(payload)) as unknown as RetryAnswer;
    expect(first).toMatchObject({
      _retry: true,
      retryOptions: { retryAfter: 7, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED' },
    });
    expect(harness.statusOf(key)).toBe('Awaiting Dispatch');

    expect(await onIssueUpdatedEvent(payload)).toBeUndefined();
    expect(await onIssueUpdatedEvent(payload)).toBeUndefined();
    expect(harness.statusOf(key)).toBe('Assigned to Installer');
    expect(appMoves(harness, key)).toHaveLength(1);
  });

  it('answers Jira’s 500 on the installer’s completion with a retry, and the retry resolves once', async () => {
    await saveSettings(harness, (config) => {
      config.accounts.installers = [harness.accountIdOf(demo.installer)];
      return config;
    });
    const key = raiseRequest(harness);
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
    await recordFact(harness, key, {
      fact: 'dispatch',
      value: { dispatchedOn: today(), carrierReference: '' },
    });
    await moveAs(harness, key, [fieldTransitions.installerBooked], demo.installer);
    const note = harness.site.addComment(
      key,
      harness.accountIdOf(demo.installer),
      'Job complete.',
      false,
    );
    note.isPublic = true;
    await harness.settle();
    harness.log.clear();
    removeFault = failNextMove(500);

    const first = (await onCommentEvent(
      commentPayload(harness, key, note.id),
    )) as unknown as RetryAnswer;
    expect(first).toMatchObject({
      _retry: true,
      retryOptions: { retryReason: 'FUNCTION_RETRY_REQUEST' },
    });
    expect(harness.statusOf(key)).toBe('Installer Booked');

    expect(await onCommentEvent(commentPayload(harness, key, note.id))).toBeUndefined();
    expect(await onCommentEvent(commentPayload(harness, key, note.id))).toBeUndefined();
    expect(harness.statusOf(key)).toBe('Resolved');
    expect(appMoves(harness, key)).toHaveLength(1);
  });
});
