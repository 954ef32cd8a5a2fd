import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { setIfAbsent } from './set-if-absent';

/** A claim older than this, on a request still waiting for its action, is taken over. */
const staleAfterMs = 60 * 60 * 1000;

const claimSchema = z.object({ eventKey: z.string(), claimedAt: z.number() });

/** Who may apply an action: this delivery, or another one that claimed it first. */
export type ClaimResult = 'claimed' | 'ours' | 'taken';

/**
 * Claims the right to apply one rule's action for one episode of a request (for example "reopen
 * FS-1 after its resolution of 3 December"), so that concurrent deliveries of different events
 * never both act. The store's FAIL_IF_EXISTS write is atomic: exactly one caller wins.
 * Returns 'claimed' for the winner, 'ours' when this event claimed it before (a retry), and
 * 'taken' when another event holds it. Throws ForgeKvsAPIError when storage fails.
 */
export const claimAction = async (
  claimKey: string,
  eventKey: string,
  nowMs: number,
): Promise<ClaimResult> => {
  if (await tryClaim(claimKey, eventKey, nowMs)) return 'claimed';

  const holder = claimSchema.safeParse(await kvs.get(claimKey));
  if (holder.success && holder.data.eventKey === eventKey) return 'ours';
  if (holder.success && nowMs - holder.data.claimedAt < staleAfterMs) return 'taken';

  // A holder that never finished (or an unreadable claim) gives way; the write stays atomic.
  await kvs.delete(claimKey);
  return (await tryClaim(claimKey, eventKey, nowMs)) ? 'claimed' : 'taken';
};

/** Which event holds a claim, or null when nobody does. Throws when storage fails. */
export const readClaimHolder = async (claimKey: string): Promise<string | null> => {
  const holder = claimSchema.safeParse(await kvs.get(claimKey));
  return holder.success ? holder.data.eventKey : null;
};

/**
 * Claims a one-off action (a note to the customer) for one caller alone: true for the one that
 * wins, false for every other, a retry of the same event included, so the action happens at
 * most once while the claim stands. Throws ForgeKvsAPIError when storage fails.
 */
export const claimOnce = (claimKey: string, eventKey: string, nowMs: number): Promise<boolean> =>
  tryClaim(claimKey, eventKey, nowMs);

/** Gives a claim back after its action failed, so a later delivery may act. Throws when storage fails. */
export const releaseClaim = async (claimKey: string): Promise<void> => {
  await kvs.delete(claimKey);
};

const tryClaim = (claimKey: string, eventKey: string, nowMs: number): Promise<boolean> =>
  setIfAbsent(claimKey, { eventKey, claimedAt: nowMs }, { value: 7, unit: 'DAYS' });
