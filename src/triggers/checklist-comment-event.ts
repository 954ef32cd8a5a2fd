import type { InvocationError } from '@forge/events';
import { z } from 'zod';

import { issueKeySchema } from '../jira/issue-key';
import { logger } from '../observability/logger';
import { applyChecklistToComment } from '../services/checklist-on-event';
import { toRetry } from './retry-on-transient';

const eventKind = 'avi:jira:commented:issue';

const payloadSchema = z.object({
  issue: z.object({ key: issueKeySchema }),
  comment: z.object({
    id: z.string().regex(/^\d{1,18}$/, 'not a comment id'),
    created: z.string().optional(),
    updated: z.string().optional(),
  }),
});

/**
 * Handles a new comment for the checklist: it may supply a missing item and so complete the
 * checklist. Edits are skipped. Returns an InvocationError so Forge retries when Jira or storage
 * is busy; rethrows anything else.
 */
export const onChecklistCommentEvent = async (
  event: unknown,
): Promise<InvocationError | undefined> => {
  const started = Date.now();
  const parsed = payloadSchema.safeParse(event);
  if (!parsed.success) {
    logger.warn('event ignored: unexpected payload', { eventKind, outcome: 'rejected' });
    return undefined;
  }
  const { issue, comment } = parsed.data;
  const fields = { eventKind, issueKey: issue.key };
  // Jira sends the same event for a new comment and an edit; an edit has a later `updated`.
  const { created, updated } = comment;
  if (created !== undefined && updated !== undefined && created !== updated) {
    logger.info('checklist comment handled', { ...fields, outcome: 'skipped', reason: 'edit' });
    return undefined;
  }

  try {
    const result = await applyChecklistToComment(issue.key, comment.id);
    logger.info('checklist comment handled', {
      ...fields,
      ...result,
      durationMs: Date.now() - started,
    });
    return undefined;
  } catch (error) {
    const retry = toRetry(error);
    const failure = { ...fields, durationMs: Date.now() - started, error };
    if (retry) {
      logger.warn('checklist comment deferred: Jira or storage busy', {
        ...failure,
        outcome: 'retry',
      });
      return retry;
    }
    logger.error('checklist comment failed', { ...failure, outcome: 'failed' });
    throw error;
  }
};
