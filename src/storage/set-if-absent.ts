import { ForgeKvsAPIError, kvs } from '@forge/kvs';

/** How long a claim stays in the store before it expires by itself. */
export interface ClaimTtl {
  value: number;
  unit: 'HOURS' | 'DAYS';
}

/**
 * Writes `value` under `key` only if nothing is stored there yet, to expire after `ttl`: the
 * store's FAIL_IF_EXISTS write is atomic, so of callers racing on one key exactly one gets true.
 * Throws ForgeKvsAPIError when storage fails for any reason other than the key being taken.
 */
export const setIfAbsent = async (key: string, value: unknown, ttl: ClaimTtl): Promise<boolean> => {
  try {
    await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ttl });
    return true;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError && error.responseDetails.status === 409) return false;
    throw error;
  }
};
