import type { InvocationError } from '@forge/events';
import { z } from 'zod';

import { issueKeySchema } from '../jira/issue-key';
import { logger } from '../observability/logger';
import { applyChecklistToUpdate } from '../services/checklist-on-event';
import { retryOrRethrow } from './retry-on-transient';

const eventKind = 'avi:jira:updated:issue';

const payloadSchema = z.object({
  issue: z.object({ key: issueKeySchema }),
  changelog: z
    .object({
      id: z.union([z.string(), z.number()]).optional(),
      items: z
        .array(z.object({ field: z.string(), to: z.string().nullable().optional() }))
        .default([]),
    })
    .optional(),
});

/**
 * Handles an issue update for the checklist: a new attachment may complete it, and entering a
 * status that waits on the customer may ask them for what is missing. Returns an InvocationError
 * so Forge retries when Jira or storage is busy; rethrows anything else.
 */
export const onChecklistIssueUpdatedEvent = async (
  event: unknown,
): Promise<InvocationError | undefined> => {
  const started = Date.now();
  const parsed = payloadSchema.safeParse(event);
  if (!parsed.success) {
    logger.warn('event ignored: unexpected payload', { eventKind, outcome: 'rejected' });
    return undefined;
  }
  const { issue, changelog } = parsed.data;
  const fields = { eventKind, issueKey: issue.key };
  const changes = (changelog?.items ?? []).map((item) => ({
    field: item.field,
    to: item.to ?? null,
  }));

  try {
    const changeId = String(changelog?.id ?? started);
    const result = await applyChecklistToUpdate(issue.key, changeId, changes);
    logger.info('checklist update handled', {
      ...fields,
      ...result,
      durationMs: Date.now() - started,
    });
    return undefined;
  } catch (error) {
    return retryOrRethrow(
      error,
      {
        deferred: 'checklist update deferred: Jira or storage busy',
        failed: 'checklist update failed',
      },
      { ...fields, durationMs: Date.now() - started },
    );
  }
};
