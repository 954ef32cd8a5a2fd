import type { InvocationError } from '@forge/events';
import { z } from 'zod';

import { issueKeySchema } from '../jira/issue-key';
import { logger } from '../observability/logger';
import { applyStatusRules } from '../services/apply-status-rules';
import { settlePromiseOutcomes } from '../services/settle-promise-outcomes';
import { retryOrRethrow } from './retry-on-transient';

const eventKind = 'avi:jira:updated:issue';

const payloadSchema = z.object({
  issue: z.object({
    key: issueKeySchema,
    fields: z
      .object({
        project: z.object({ key: z.string() }).optional(),
        status: z.object({ statusCategory: z.object({ key: z.string() }).optional() }).optional(),
      })
      .optional(),
  }),
  atlassianId: z.string().optional(),
  changelog: z
    .object({
      id: z.string().optional(),
      items: z
        .array(z.object({ field: z.string(), toString: z.string().nullable().optional() }))
        .default([]),
    })
    .optional(),
});

/**
 * Handles an issue update: a status change may settle a promise (met or missed), which is
 * recorded on the request, and may set off a field-maintenance rule (a dispatched status moves
 * the request to the installer; an installer's move to a done status resolves it). Other
 * changes cost nothing. Returns an InvocationError so Forge
 * retries when Jira or storage is busy; rethrows anything else.
 */
export const onIssueUpdatedEvent = async (event: unknown): Promise<InvocationError | undefined> => {
  const started = Date.now();
  const parsed = payloadSchema.safeParse(event);
  if (!parsed.success) {
    logger.warn('event ignored: unexpected payload', { eventKind, outcome: 'rejected' });
    return undefined;
  }
  const { issue, changelog, atlassianId } = parsed.data;
  const fields = { eventKind, issueKey: issue.key };
  const statusItem = (changelog?.items ?? []).find((item) => item.field === 'status');
  if (statusItem === undefined) {
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
    const moved = await applyStatusRules({
      issueKey: issue.key,
      projectKey,
      changelogId: changelog?.id ?? '',
      toStatusName: statusItem.toString ?? '',
      toCategory: issue.fields?.status?.statusCategory?.key ?? null,
      actorId: atlassianId ?? '',
    });
    const log = moved.outcome === 'not-applied' ? logger.warn : logger.info;
    log('issue update handled', {
      ...fields,
      outcome: moved.outcome === 'skipped' ? result.outcome : moved.outcome,
      reason: moved.outcome === 'skipped' ? result.reason : moved.reason,
      durationMs: Date.now() - started,
    });
    return undefined;
  } catch (error) {
    return retryOrRethrow(
      error,
      { deferred: 'issue update deferred: Jira or storage busy', failed: 'issue update failed' },
      { ...fields, durationMs: Date.now() - started },
    );
  }
};
