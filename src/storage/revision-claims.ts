import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { setIfAbsent } from './set-if-absent';

/** A claim this much older than a read that did not show its write was left by a stopped writer. */
const abandonedAfterMs = 60 * 1000;

/** How many abandoned revisions one claim steps over before it gives way. */
const maxSkipped = 3;

const claimSchema = z.object({ claimedAt: z.number() });

const claimKey = (documentKey: string, revision: number): string =>
  `revision:${documentKey}:${revision}`;

/**
 * Claims the right to write `revision` of a document kept outside the store (an issue property,
 * which Jira overwrites without any condition): of the writers that read the revision before it,
 * exactly one wins, as the store's FAIL_IF_EXISTS write is atomic. `readAtMs` is when the caller
 * read the document; a claim made a minute before that read, whose write it did not show, was
 * abandoned and is stepped over. Returns the revision claimed, or null when another writer holds
 * it (read again, then retry). Throws ForgeKvsAPIError when storage fails.
 *
 * @remarks A writer stalled for over a minute between its claim and its write can still overwrite
 * the write of one that stepped over it; Forge stops most invocations well before that.
 */
export const claimRevision = async (
  documentKey: string,
  revision: number,
  readAtMs: number,
): Promise<number | null> => {
  for (let candidate = revision; candidate <= revision + maxSkipped; candidate += 1) {
    const key = claimKey(documentKey, candidate);
    if (await tryClaim(key)) return candidate;

    const stored: unknown = await kvs.get(key);
    if (stored === undefined) return null;
    const holder = claimSchema.safeParse(stored);
    const isAbandoned = !holder.success || holder.data.claimedAt < readAtMs - abandonedAfterMs;
    if (!isAbandoned) return null;
  }
  return null;
};

/** Gives back a claimed revision whose write failed, so the next writer need not wait. */
export const releaseRevision = async (documentKey: string, revision: number): Promise<void> => {
  await kvs.delete(claimKey(documentKey, revision));
};

const tryClaim = (key: string): Promise<boolean> =>
  setIfAbsent(key, { claimedAt: Date.now() }, { value: 1, unit: 'HOURS' });
