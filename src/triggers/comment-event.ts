import type { InvocationError } from '@forge/events';
import { z } from 'zod';

import { readDocumentText } from '../jira/document-text';
import { issueKeySchema } from '../jira/issue-key';
import { logger } from '../observability/logger';
import { applyCommentRules, type CommentEvent } from '../services/apply-comment-rules';
import { applyInstallerComment } from '../services/apply-installer-comment';
import { refreshChecklistOnComment } from '../services/checklist-on-comment';
import { loadConfig } from '../storage/config-store';
import { retryOrRethrow } from './retry-on-transient';

const eventKind = 'avi:jira:commented:issue';

const payloadSchema = z.object({
  issue: z.object({
    id: z.string().optional(),
    key: issueKeySchema,
    fields: z
      .object({
        status: z.object({ name: z.string() }).optional(),
        project: z.object({ key: z.string() }).optional(),
        reporter: z.object({ accountId: z.string() }).nullish(),
      })
      .optional(),
  }),
  comment: z.object({
    id: z.string().regex(/^\d{1,18}$/, 'not a comment id'),
    author: z.object({ accountId: z.string(), accountType: z.string().optional() }).optional(),
    created: z.string().optional(),
    updated: z.string().optional(),
    body: z.unknown().optional(),
  }),
});

/**
 * Handles a comment being created or edited: applies the comment rules, and resolves a
 * field-maintenance request whose installer reports the job complete. Returns an
 * InvocationError so Forge retries when Jira is rate limiting or failing; rethrows anything else.
 */
export const onCommentEvent = async (event: unknown): Promise<InvocationError | undefined> => {
  const started = Date.now();
  const parsed = payloadSchema.safeParse(event);
  if (!parsed.success) {
    logger.warn('event ignored: unexpected payload', {
      eventKind,
      outcome: 'rejected',
      reason: parsed.error.issues[0]?.message ?? 'invalid',
    });
    return undefined;
  }
  const commentEvent = toCommentEvent(parsed.data);

  try {
    const byCustomer = await applyCommentRules(commentEvent);
    const byInstaller = await applyInstallerComment({
      ...commentEvent,
      authorId: parsed.data.comment.author?.accountId ?? null,
    });
    const result = byInstaller.outcome === 'skipped' ? byCustomer : byInstaller;
    // A comment a rule acted on moved the request or answered it; any other may still fill in
    // the checklist, whose indexed count the queues read.
    const checklist =
      result.outcome === 'skipped'
        ? await refreshChecklistOnComment(
            {
              ...commentEvent,
              text: textOf(parsed.data.comment.body),
              author: authorOf(parsed.data),
            },
            (await loadConfig(commentEvent.projectKey)).config,
          )
        : null;
    const log = result.outcome === 'not-applied' ? logger.warn : logger.info;
    log('comment event handled', {
      eventKind,
      issueKey: commentEvent.issueKey,
      outcome: checklist?.outcome === 'acted' ? checklist.outcome : result.outcome,
      reason: checklist?.outcome === 'acted' ? checklist.reason : result.reason,
      ...(checklist === null
        ? {}
        : { checklistOutcome: checklist.outcome, checklistReason: checklist.reason }),
      durationMs: Date.now() - started,
    });
    return undefined;
  } catch (error) {
    return retryOrRethrow(
      error,
      { deferred: 'comment event deferred: Jira asked to retry', failed: 'comment event failed' },
      { eventKind, issueKey: commentEvent.issueKey, durationMs: Date.now() - started },
    );
  }
};

const toCommentEvent = (payload: z.infer<typeof payloadSchema>): CommentEvent => {
  const { created, updated, author } = payload.comment;
  const issueId = payload.issue.id;
  return {
    issueKey: payload.issue.key,
    projectKey: payload.issue.fields?.project?.key ?? payload.issue.key.split('-')[0] ?? '',
    statusNameAtComment: payload.issue.fields?.status?.name ?? null,
    commentId: payload.comment.id,
    // Jira sends the same event for a new comment and an edit; an edit has a later `updated`.
    isEdit: created !== undefined && updated !== undefined ? created !== updated : null,
    writtenBy:
      author === undefined || issueId === undefined
        ? null
        : {
            authorId: author.accountId,
            authorAccountType: author.accountType ?? 'atlassian',
            issueId,
            reporterId: payload.issue.fields?.reporter?.accountId ?? null,
          },
  };
};

const textOf = (body: unknown): string | null =>
  body === undefined || body === null ? null : readDocumentText(body);

const authorOf = (payload: z.infer<typeof payloadSchema>) => {
  const author = payload.comment.author;
  return author === undefined
    ? null
    : { accountId: author.accountId, accountType: author.accountType ?? 'atlassian' };
};
