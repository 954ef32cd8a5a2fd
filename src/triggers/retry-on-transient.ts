import { InvocationError, InvocationErrorCode } from '@forge/events';

import { JiraHttpError } from '../jira/jira-error';

/** Seconds to wait before a retry when Jira did not say how long. */
const defaultRetryAfterSeconds = 30;

/**
 * Turns a transient Jira failure (429, 5xx) into the InvocationError that makes Forge deliver the
 * event again; returns null for any other error, which the caller rethrows.
 */
export const toRetry = (error: unknown): InvocationError | null => {
  if (!(error instanceof JiraHttpError) || !error.isTransient) return null;

  return new InvocationError({
    retryAfter: Math.max(1, Math.ceil(error.retryAfterSeconds ?? defaultRetryAfterSeconds)),
    retryReason:
      error.status === 429
        ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
        : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
  });
};
