import { ForgeKvsAPIError } from '@forge/kvs';

import { JiraHttpError } from '../jira/jira-error';
import { RequestStateBusyError } from '../storage/request-state-store';

/** A failure that may pass if the work is tried again later. */
export interface TransientFailure {
  /** Seconds the failing service asked us to wait, or null when it did not say. */
  retryAfterSeconds: number | null;
  isRateLimited: boolean;
}

const isTransientStatus = (status: number): boolean => status === 429 || status >= 500;

/**
 * Recognises a transient failure: Jira or the app's storage answering 429 or 5xx, other writers
 * keeping the request's state busy, or the call failing on the way. Returns null for any other
 * error (a bug, or a refusal that will not pass).
 */
export const asTransientFailure = (error: unknown): TransientFailure | null => {
  if (error instanceof JiraHttpError && error.isTransient) {
    return { retryAfterSeconds: error.retryAfterSeconds, isRateLimited: error.status === 429 };
  }
  if (error instanceof ForgeKvsAPIError && isTransientStatus(error.responseDetails.status)) {
    return { retryAfterSeconds: null, isRateLimited: error.responseDetails.status === 429 };
  }
  if (error instanceof RequestStateBusyError) {
    return { retryAfterSeconds: null, isRateLimited: false };
  }
  // fetch rejects with a TypeError when the connection itself fails.
  if (error instanceof TypeError && /fetch|network|socket/i.test(error.message)) {
    return { retryAfterSeconds: null, isRateLimited: false };
  }
  return null;
};
