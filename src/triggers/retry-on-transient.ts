import { InvocationError, InvocationErrorCode } from '@forge/events';

import { type LogFields, logger } from '../observability/logger';
import { asTransientFailure } from '../services/transient-failure';

/** Seconds to wait before a retry when the failing service did not say how long. */
const defaultRetryAfterSeconds = 30;

/**
 * Turns a transient failure into the InvocationError that makes Forge deliver the event again.
 * Returns null for any other error, which the caller rethrows so Forge records the failure.
 */
export const toRetry = (error: unknown): InvocationError | null => {
  const failure = asTransientFailure(error);
  if (failure === null) return null;

  return new InvocationError({
    retryAfter: Math.max(1, Math.ceil(failure.retryAfterSeconds ?? defaultRetryAfterSeconds)),
    retryReason: failure.isRateLimited
      ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
      : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
  });
};

/**
 * What an event trigger does with an error: a transient one is logged as `deferred` and answered
 * with the InvocationError that makes Forge retry; anything else is logged as `failed` and
 * rethrown, so Forge records the failure. Never returns for a non-transient error.
 */
export const retryOrRethrow = (
  error: unknown,
  messages: { deferred: string; failed: string },
  fields: LogFields,
): InvocationError => {
  const retry = toRetry(error);
  if (retry) {
    logger.warn(messages.deferred, { ...fields, error, outcome: 'retry' });
    return retry;
  }
  logger.error(messages.failed, { ...fields, error, outcome: 'failed' });
  throw error;
};
