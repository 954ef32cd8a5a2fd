import { buildEventPayload } from '../../sandbox/forge/event-payloads';
import { type Harness } from '../support/sandbox-harness';

/** The seeded workflow's transition ids used by the attacks. */
export const transitionIds = { reopen: '151', resolve: '141', startWork: '11' } as const;

/** A customer-side or agent comment through JSM's request API, as the portal posts it. */
export const postComment = (
  harness: Harness,
  email: string,
  issueKey: string,
  body: string,
  isPublic = true,
) =>
  harness.rest(email, 'POST', `/rest/servicedeskapi/request/${issueKey}/comment`, {
    body,
    public: isPublic,
  });

/** The app's own POSTs to /transitions, oldest first. */
export const appTransitions = (harness: Harness, issueKey?: string) =>
  harness.log
    .ofType('rest')
    .filter(
      (call) =>
        call.source === 'app' &&
        call.method === 'POST' &&
        call.path.endsWith('/transitions') &&
        (issueKey === undefined || call.path.includes(`/${issueKey}/`)),
    );

/** Trigger invocations whose outcome was not a clean finish (thrown, or out of retries). */
export const failedTriggerRuns = (harness: Harness) =>
  harness.log
    .ofType('invocation')
    .filter((entry) => entry.kind === 'trigger' && entry.outcome !== 'done');

/** Moves an issue as an agent would on the issue view. */
export const agentTransition = (harness: Harness, issueKey: string, transitionId: string) =>
  harness.site.transition(issueKey, transitionId, harness.accountIdOf('alex@servicedesk.example'));

/** The payload Forge would hand the comment trigger for this comment as it is now. */
export const commentPayload = (
  harness: Harness,
  issueKey: string,
  commentId: string,
  kind: 'comment-created' | 'comment-updated' = 'comment-created',
): Record<string, unknown> => {
  const comment = harness.site
    .requireIssue(issueKey)
    .comments.find((candidate) => candidate.id === commentId);
  return buildEventPayload(harness.site, {
    kind,
    issueKey,
    commentId,
    actorId: comment?.authorId ?? 'nobody',
  });
};

type ForgeFetch = (
  target: { type?: string },
  path: string,
  init?: RequestInit,
) => Promise<Response>;

/**
 * A fault injected in front of the emulated Forge runtime: called for every call the app makes;
 * returns a Response (or throws) to answer instead of the site, or undefined to pass through.
 */
export type Fault = (
  target: { type?: string },
  path: string,
  init: RequestInit | undefined,
) => Response | undefined;

/** Puts a fault in front of `__forge_fetch__`; returns a function that removes it. */
export const injectFault = (fault: Fault): (() => void) => {
  const runtime = globalThis as unknown as { __forge_fetch__: ForgeFetch };
  const original = runtime.__forge_fetch__;
  runtime.__forge_fetch__ = (target, path, init) => {
    const injected = fault(target, path, init);
    return injected === undefined ? original(target, path, init) : Promise.resolve(injected);
  };
  return () => {
    runtime.__forge_fetch__ = original;
  };
};

/** A JSON answer with a status and headers, as Jira or the storage service would send. */
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** Parses the JSON lines the app logged through a console spy. */
export const loggedLines = (spy: jest.SpyInstance): Record<string, unknown>[] =>
  spy.mock.calls.flatMap(([line]) => {
    try {
      return [JSON.parse(String(line)) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

/**
 * Gives every call the app makes a real network delay (as on Forge), so deliveries that run at
 * the same time interleave instead of each finishing within one tick. Returns the undo.
 */
export const injectLatency = (ms: number): (() => void) => {
  const runtime = globalThis as unknown as { __forge_fetch__: ForgeFetch };
  const original = runtime.__forge_fetch__;
  runtime.__forge_fetch__ = async (target, path, init) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return original(target, path, init);
  };
  return () => {
    runtime.__forge_fetch__ = original;
  };
};

/**
 * Lets a few milliseconds of wall-clock time pass without yielding to queued deliveries, so the
 * next change on the site carries a later timestamp (people act seconds apart, not in the same
 * millisecond) while the event about the earlier change is still undelivered.
 */
export const passTime = (ms: number): void => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy-wait on purpose: awaiting would let the queued deliveries run
  }
};
