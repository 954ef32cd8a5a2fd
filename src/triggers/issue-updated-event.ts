import { z } from 'zod';

import { logger } from '../observability/logger';

const eventKind = 'avi:jira:updated:issue';

const payloadSchema = z.object({
  issue: z.object({ key: z.string().min(1) }),
  changelog: z.object({ items: z.array(z.object({ field: z.string() })).default([]) }).optional(),
});

/**
 * Handles an issue update. None of the configured rules acts on field changes alone, so this
 * records the decision and returns; status-driven rules hang off this handler.
 */
export const onIssueUpdatedEvent = (event: unknown): Promise<void> => {
  const started = Date.now();
  const parsed = payloadSchema.safeParse(event);
  if (!parsed.success) {
    logger.warn('event ignored: unexpected payload', { eventKind, outcome: 'rejected' });
    return Promise.resolve();
  }

  const changedFields = (parsed.data.changelog?.items ?? []).map((item) => item.field);
  logger.info('issue update handled', {
    eventKind,
    issueKey: parsed.data.issue.key,
    outcome: 'skipped',
    reason: changedFields.includes('status')
      ? 'no-rule-for-status-change'
      : 'no-rule-for-field-change',
    durationMs: Date.now() - started,
  });
  return Promise.resolve();
};
