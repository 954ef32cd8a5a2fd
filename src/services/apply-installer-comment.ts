import { isCompletionText } from '../domain/rules/field-maintenance';
import { getCommentWithText } from '../jira/comment-text';
import { JiraHttpError } from '../jira/jira-error';
import { loadConfig } from '../storage/config-store';
import type { FieldOutcome } from './apply-field-move';
import { finishByInstaller } from './finish-by-installer';

/** A comment event, with the author the event named. */
export interface InstallerCommentEvent {
  issueKey: string;
  projectKey: string;
  commentId: string;
  /** The author as the event carried it; null when it did not say. */
  authorId: string | null;
  isEdit: boolean | null;
}

/**
 * Resolves a field-maintenance request when an installer account writes a new public comment
 * that reports the job complete (one of the completion phrases). A comment by anyone else costs
 * no REST call. The comment is read again from Jira: the event's author and visibility are not
 * trusted. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const applyInstallerComment = async (
  event: InstallerCommentEvent,
): Promise<FieldOutcome> => {
  if (event.isEdit === true) return { outcome: 'skipped', reason: 'comment-edited' };
  const { config } = await loadConfig(event.projectKey);
  const rule = config.rules.installerFinished;
  const { installers } = config.accounts;
  if (!rule.enabled) return { outcome: 'skipped', reason: 'rule-disabled' };
  if (event.authorId === null || !installers.includes(event.authorId)) {
    return { outcome: 'skipped', reason: 'author-not-installer' };
  }

  const comment = await readComment(event);
  if (comment === null) return { outcome: 'skipped', reason: 'comment-deleted' };
  if (!installers.includes(comment.authorId)) {
    return { outcome: 'skipped', reason: 'author-not-installer' };
  }
  if (!comment.isPublic) return { outcome: 'skipped', reason: 'comment-internal' };
  if (comment.updated !== comment.created) return { outcome: 'skipped', reason: 'comment-edited' };
  if (!isCompletionText(comment.text, rule.completionPhrases)) {
    return { outcome: 'skipped', reason: 'not-a-completion' };
  }

  return finishByInstaller(event.issueKey, { kind: 'comment', commentId: comment.id });
};

const readComment = async (event: InstallerCommentEvent) => {
  try {
    return await getCommentWithText('app', event.issueKey, event.commentId);
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return null;
    throw error;
  }
};
