import type { InvocationError } from '@forge/events';
import { z } from 'zod';

import { issueKeySchema } from '../jira/issue-key';
import { logger } from '../observability/logger';
import { applyIssueUpdate } from '../services/apply-issue-update';
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
      id: z.union([z.string(), z.number()]).optional(),
      items: z
        .array(
          z.object({
            field: z.string(),
            to: z.union([z.string(), z.number()]).nullable().optional(),
            toString: z.string().nullable().optional(),
          }),
        )
        .default([]),
    })
    .optional(),
});

/**
 * Handles an issue update, the one function Jira's issue-updated event invokes: a status change
 * may settle a promise (met or missed), which is recorded on the request, and may set off a
 * field-maintenance rule (a dispatched status moves the request to the installer; an installer's
 * move to a done status resolves it); a status change or a new file refreshes the checklist's
 * missing count, and may ask the customer for what is missing or hand a request completed by a
 * file back to the team. Other changes cost nothing. Returns an InvocationError so Forge retries
 * when Jira or storage is busy; rethrows anything else.
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
  const items = changelog?.items ?? [];

  try {
    const result = await applyIssueUpdate(
      {
        issueKey: issue.key,
        projectKey: issue.fields?.project?.key ?? issue.key.split('-')[0] ?? '',
        changelogId: changelog?.id === undefined ? '' : String(changelog.id),
        changes: items.map((item) => ({
          field: item.field,
          to: item.to === null || item.to === undefined ? null : String(item.to),
        })),
        toStatusName: statusNameOf(items.find((item) => item.field === 'status')),
        toCategory: issue.fields?.status?.statusCategory?.key ?? null,
        actorId: atlassianId ?? '',
      },
      new Date(),
    );
    const isRefused =
      result.outcome === 'not-applied' || result.checklist?.outcome === 'not-applied';
    const log = isRefused ? logger.warn : logger.info;
    log('issue update handled', {
      ...fields,
      outcome: result.outcome,
      reason: result.reason,
      ...(result.checklist === null
        ? {}
        : { checklistOutcome: result.checklist.outcome, checklistReason: result.checklist.reason }),
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

// A parsed item without `toString` of its own would read Object's method instead.
const statusNameOf = (item: { toString?: unknown } | undefined): string | null =>
  typeof item?.toString === 'string' ? item.toString : null;
