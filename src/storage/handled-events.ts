import { kvs } from '@forge/kvs';

import { setIfAbsent } from './set-if-absent';

const markerKey = (issueKey: string, eventKey: string): string => `handled:${issueKey}:${eventKey}`;

/**
 * True when an event on this request was already handled to its end (its action recorded on the
 * request), so a repeated delivery can stop before it asks Jira anything. Throws
 * ForgeKvsAPIError when storage fails.
 * @remarks The marker outlives Forge's retries (a week) and then expires; a delivery after that
 * still acts at most once, as the request's own record and the claims hold, at the cost of reads.
 */
export const wasEventHandled = async (issueKey: string, eventKey: string): Promise<boolean> =>
  (await kvs.get(markerKey(issueKey, eventKey))) !== undefined;

/** Remembers that an event was handled to its end. Throws ForgeKvsAPIError when storage fails. */
export const markEventHandled = async (issueKey: string, eventKey: string): Promise<void> => {
  await setIfAbsent(markerKey(issueKey, eventKey), { at: Date.now() }, { value: 7, unit: 'DAYS' });
};
