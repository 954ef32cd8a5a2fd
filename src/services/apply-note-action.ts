import type { RuleAction } from '../domain/rules/decide-on-comment';
import { addInternalComment, addPublicComment } from '../jira/comments';
import { claimAction, releaseClaim } from '../storage/action-claims';
import type { ActionOutcome } from './apply-transition-action';

/** A note action of the comment rules. */
export type NoteAction = Extract<RuleAction, { kind: 'note' }>;

/** What became of a note: posted now (with its id), posted by an earlier try, or not ours. */
export type NoteOutcome = ActionOutcome & { noteCommentId?: string };

/**
 * Posts the note of a rule once: the note is claimed in storage under `claimKey` first, so
 * duplicate and concurrent deliveries post it at most once. A retry of the event that posted it
 * ('ours') posts nothing and only lets the caller record it; another event's claim skips. A
 * failed post gives the claim back, so a retry may post it. Throws JiraHttpError or
 * ForgeKvsAPIError.
 */
export const applyNoteAction = async (
  issueKey: string,
  action: NoteAction,
  text: string,
  claimKey: string,
): Promise<NoteOutcome> => {
  const claim = await claimAction(claimKey, action.eventKey, Date.now());
  if (claim === 'taken') return { outcome: 'skipped', reason: 'claimed-by-another-event' };
  if (claim === 'ours') return { outcome: 'acted', reason: 'posted by an earlier delivery' };

  try {
    const post = action.visibility === 'public' ? addPublicComment : addInternalComment;
    const noteCommentId = await post('app', issueKey, text);
    return { outcome: 'acted', reason: 'posted', noteCommentId };
  } catch (error) {
    await releaseClaim(claimKey);
    throw error;
  }
};
