import type { InvocationError } from '@forge/events';
import { z } from 'zod';

import { issueKeySchema } from '../jira/issue-key';
import { logger } from '../observability/logger';
import { settlePromiseOutcomes } from '../services/settle-promise-outcomes';
import { toRetry } from './retry-on-transient';

const eventKind = 'avi:jira:updated:issue';

const payloadSchema = z.object({
  issue: z.object({
    key: issueKeySchema,
    fields: z.object({ project: z.object({ key: z.string() }).optional() }).optional(),
  }),
  changelog: z.object({ items: z.array(z.object({ field: z.string() })).default([]) }).optional(),
});

/**
 * Handles an issue update: a status change may settle a promise (met or missed), which is
 * recorded on the request. Other changes cost nothing. Returns an InvocationError so Forge
 * retries when Jira or storage is busy; rethrows anything else.
 */
export const onIssueUpdatedEvent = async (event: unknown): Promise<InvocationError | undefined> => {
  const started = Date.now();
  const parsed = payloadSchema.safeParse(event);
  if (!parsed.success) {
    logger.warn('event ignored: unexpected payload', { eventKind, outcome: 'rejected' });
    return undefined;
  }
  const { issue, changelog } = parsed.data;
  const fields = { eventKind, issueKey: issue.key };
  if (!(changelog?.items ?? []).some((item) => item.field === 'status')) {
    logger.info('issue update handled', {
      ...fields,
      outcome: 'skipped',
      reason: 'no status change',
      durationMs: Date.now() - started,
    });
    return undefined;
  }

  try {
    const projectKey = issue.fields?.project?.key ?? issue.key.split('-')[0] ?? '';
    const result = await settlePromiseOutcomes(issue.key, projectKey, new Date());
    logger.info('issue update handled', { ...fields, ...result, durationMs: Date.now() - started });
    return undefined;
  } catch (error) {
    const retry = toRetry(error);
    const failure = { ...fields, durationMs: Date.now() - started, error };
    if (retry) {
      logger.warn('issue update deferred: Jira or storage busy', { ...failure, outcome: 'retry' });
      return retry;
    }
    logger.error('issue update failed', { ...failure, outcome: 'failed' });
    throw error;
  }
};
