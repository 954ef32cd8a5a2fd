// 429 and 5xx from Jira (and the platform's storage) while the reopen rule runs.
import { onCommentEvent } from '../../src/index';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import {
  appTransitions,
  commentPayload,
  failedTriggerRuns,
  type Fault,
  injectFault,
  jsonResponse,
  passTime,
  postComment,
} from './support';

interface RetryAnswer {
  _retry: boolean;
  retryOptions: { retryAfter: number; retryReason: string };
}

/** A fault that answers `times` matching calls, then lets everything through. */
const failing = (
  times: number,
  matches: (target: { type?: string }, path: string, method: string) => boolean,
  answer: () => Response,
): Fault => {
  let left = times;
  return (target, path, init) => {
    if (left === 0 || !matches(target, path, (init?.method ?? 'GET').toUpperCase())) {
      return undefined;
    }
    left -= 1;
    return answer();
  };
};

const isJira = (target: { type?: string }) => target.type === 'fpp';
const jiraError =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    jsonResponse(status, { errorMessages: ['Try again later.'], errors: {} }, headers);

describe('transient failures during the reopen rule', () => {
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

  /**
   * A new public customer comment on the resolved request whose event has not been delivered:
   * it is written as an internal note (which the trigger's filter drops), then made public, so
   * only the test's own calls of the handler act on it.
   */
  const freshCommentPayload = async () => {
    const comment = harness.site.addComment(
      resolvedRequest,
      harness.accountIdOf(demo.customer),
      'Broken again.',
      false,
    );
    comment.isPublic = true;
    await harness.settle();
    harness.log.clear();
    return commentPayload(harness, resolvedRequest, comment.id);
  };

  it('answers Jira’s 429 with an InvocationError carrying Jira’s Retry-After', async () => {
    const payload = await freshCommentPayload();
    removeFault = injectFault(failing(1, (t) => isJira(t), jiraError(429, { 'Retry-After': '7' })));

    const answer = (await onCommentEvent(payload)) as unknown as RetryAnswer;

    expect(answer).toMatchObject({
      _retry: true,
      retryOptions: { retryAfter: 7, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED' },
    });
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('answers a 503 without Retry-After with an InvocationError and a sensible default wait', async () => {
    const payload = await freshCommentPayload();
    removeFault = injectFault(failing(1, (t) => isJira(t), jiraError(503)));

    const answer = (await onCommentEvent(payload)) as unknown as RetryAnswer;

    expect(answer._retry).toBe(true);
    expect(answer.retryOptions.retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('answers a Retry-After given as an HTTP date with a retry, not a crash', async () => {
    const payload = await freshCommentPayload();
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    removeFault = injectFault(
      failing(1, (t) => isJira(t), jiraError(429, { 'Retry-After': inTenSeconds })),
    );

    const answer = (await onCommentEvent(payload)) as unknown as RetryAnswer;

    expect(answer._retry).toBe(true);
    expect(answer.retryOptions.retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('reopens the request once Forge retries an event that first met a 503 (end to end in the sandbox)', async () => {
    removeFault = injectFault(failing(1, (t) => isJira(t), jiraError(503)));

    postComment(harness, demo.customer, resolvedRequest, 'Still broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness).filter((c) => c.status === 204)).toHaveLength(1);
  });

  it('reopens exactly once when the transition itself is rate limited and retried', async () => {
    removeFault = injectFault(
      failing(
        1,
        (t, path, method) => isJira(t) && method === 'POST' && path.includes('/transitions'),
        jiraError(429, { 'Retry-After': '1' }),
      ),
    );

    postComment(harness, demo.customer, resolvedRequest, 'Still broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness).filter((c) => c.status === 204)).toHaveLength(1);
  });

  it('records the reopen for the agent even when writing the record first met a 503', async () => {
    const payload = await freshCommentPayload();
    removeFault = injectFault(
      failing(
        1,
        (t, path, method) => isJira(t) && method === 'PUT' && path.includes('/properties/'),
        jiraError(503),
      ),
    );

    const first = (await onCommentEvent(payload)) as unknown as RetryAnswer | undefined;
    expect(first?._retry).toBe(true);
    // Forge delivers the event again, as the InvocationError asked.
    await onCommentEvent(payload);

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    const property = harness.rest(
      demo.agent,
      'GET',
      `/rest/api/3/issue/${resolvedRequest}/properties/status-guide`,
    );
    expect(property.status).toBe(200);
    expect(property.body).toMatchObject({ value: { appliedActions: [{ rule: 'reopen' }] } });
  });

  it('does not reopen a second time when, after a lost record, the agent re-resolves and a duplicate arrives', async () => {
    const payload = await freshCommentPayload();
    removeFault = injectFault(
      failing(
        1,
        (t, path, method) => isJira(t) && method === 'PUT' && path.includes('/properties/'),
        jiraError(503),
      ),
    );
    await onCommentEvent(payload);
    await onCommentEvent(payload);
    passTime(5);
    harness.site.transition(resolvedRequest, '141', harness.accountIdOf(demo.agent));
    await harness.settle();

    await onCommentEvent(payload);

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness).filter((c) => c.status === 204)).toHaveLength(1);
  });

  it('asks for a retry when the app’s storage answers 503 while loading settings', async () => {
    const payload = await freshCommentPayload();
    removeFault = injectFault(
      failing(
        1,
        (t) => t.type === 'kvs',
        () => jsonResponse(503, { code: 'SERVICE_UNAVAILABLE', message: 'Try again.' }),
      ),
    );

    const answer = await onCommentEvent(payload).catch((error: unknown) => error);

    expect(answer).toMatchObject({ _retry: true });
  });

  it('asks for a retry when the call to Jira fails at the network level', async () => {
    const payload = await freshCommentPayload();
    let left = 1;
    removeFault = injectFault((target) => {
      if (left === 0 || !isJira(target)) return undefined;
      left -= 1;
      throw new TypeError('fetch failed');
    });

    const answer = await onCommentEvent(payload).catch((error: unknown) => error);

    expect(answer).toMatchObject({ _retry: true });
  });

  it('gives up without acting, and says so, when Jira keeps answering 500 beyond the retries', async () => {
    removeFault = injectFault(failing(1000, (t) => isJira(t), jiraError(500)));

    postComment(harness, demo.customer, resolvedRequest, 'Hello?');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    const runs = harness.log
      .ofType('invocation')
      .filter((entry) => entry.functionKey === 'comment-trigger');
    // One first attempt plus Forge's retries; the last one is refused, never silently dropped.
    expect(runs.length).toBeGreaterThan(1);
    expect(failedTriggerRuns(harness).at(-1)?.outcome).toMatch(/out of retries/);
  });
});
