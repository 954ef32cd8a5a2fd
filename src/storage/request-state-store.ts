import { readRequestState, type RequestState } from '../domain/request-state';
import { getIssueProperty, setIssueProperty } from '../jira/issue-properties';
import { requestStatePropertyKey } from '../jira/issues';
import { claimRevision, releaseRevision } from './revision-claims';

/** How many times a write reads the state again and re-applies its change after losing a race. */
const maxAttempts = 6;

/** Writes of the same request wait a little longer after each lost race, with some jitter. */
const backoffMs = (attempt: number): number => 20 * 2 ** (attempt - 1) + Math.random() * 20;

/** Other writers kept changing the request's state; the change may pass if tried again. */
export class RequestStateBusyError extends Error {
  override readonly name = 'RequestStateBusyError';

  constructor(readonly issueKey: string) {
    super(`The app's state on ${issueKey} kept changing; nothing was written.`);
  }
}

/**
 * Applies `change` to the app's state on a request and writes the result to the issue's property,
 * as the app. Jira has no conditional write, so each write first claims the next revision (kept
 * in the value); a writer that loses reads the property again and re-applies its change to what
 * the winner wrote, so concurrent changes are all kept. `stored` is the property's value as the
 * caller read it (from the issue snapshot); `change` must be pure, as it may run more than once,
 * and returns null when there is nothing to write. Returns the state written, or null.
 * Throws JiraHttpError, ForgeKvsAPIError, or RequestStateBusyError after repeated lost races.
 */
export const updateRequestState = async (
  issueKey: string,
  stored: unknown,
  change: (state: RequestState) => RequestState | null,
): Promise<RequestState | null> => {
  const documentKey = `${issueKey}:${requestStatePropertyKey}`;
  // The caller's copy may be old, so no claim counts as abandoned against it.
  let current = { value: stored, readAtMs: Number.NEGATIVE_INFINITY };

  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const next = change(readRequestState(current.value));
    if (next === null) return null;

    const revision = await claimRevision(
      documentKey,
      revisionOf(current.value) + 1,
      current.readAtMs,
    );
    if (revision !== null) {
      await writeClaimed(issueKey, documentKey, revision, next);
      return next;
    }

    await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
    const readAtMs = Date.now();
    current = { value: await getIssueProperty('app', issueKey, requestStatePropertyKey), readAtMs };
  }
  throw new RequestStateBusyError(issueKey);
};

const writeClaimed = async (
  issueKey: string,
  documentKey: string,
  revision: number,
  state: RequestState,
): Promise<void> => {
  try {
    await setIssueProperty('app', issueKey, requestStatePropertyKey, { ...state, revision });
  } catch (error) {
    // Jira's failure is the one to report; a claim left behind is stepped over a minute later.
    await releaseRevision(documentKey, revision).catch(() => undefined);
    throw error;
  }
};

/** The revision a stored value carries; 0 for none (never written, or written before revisions). */
const revisionOf = (value: unknown): number => {
  const revision = (value as { revision?: unknown } | null)?.revision;
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0
    ? revision
    : 0;
};
