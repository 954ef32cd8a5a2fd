import { findRecordedAction, readRequestState } from '../../domain/request-state';
import { recordAppliedAction } from '../../domain/request-state';
import type { IssueSnapshot } from '../../jira/issues';
import { claimOnce, releaseClaim } from '../../storage/action-claims';
import { updateRequestState } from '../../storage/request-state-store';

/** One comment a sweep is to write on a request, once. */
export interface SweepNote {
  rule: string;
  /** Names the occasion (the booking, the ETA, the waiting episode): one note per occasion. */
  eventKey: string;
  summary: string;
  reason: string;
  /** Writes the comment; returns its id. */
  post: () => Promise<string>;
}

/**
 * Writes a sweep's comment at most once per occasion and records it on the request. A note
 * already recorded is skipped; a note claimed but not recorded (a run that stopped between the
 * two) is recorded without writing it again, since the customer or team may have read it.
 * Returns true when the comment was written now. Throws JiraHttpError, ForgeKvsAPIError or
 * RequestStateBusyError; a failed comment gives its claim back, so the next run writes it.
 */
export const noteOnce = async (issue: IssueSnapshot, note: SweepNote): Promise<boolean> => {
  const state = readRequestState(issue.requestState);
  if (findRecordedAction(state, note.eventKey) !== undefined) return false;

  const claimKey = `sweep:${issue.key}:${note.eventKey}`;
  if (!(await claimOnce(claimKey, note.eventKey, Date.now()))) {
    await remember(issue, note, null);
    return false;
  }

  let commentId: string;
  try {
    commentId = await note.post();
  } catch (error) {
    await releaseClaim(claimKey);
    throw error;
  }
  await remember(issue, note, commentId);
  return true;
};

const remember = async (
  issue: IssueSnapshot,
  note: SweepNote,
  commentId: string | null,
): Promise<void> => {
  const at = new Date().toISOString();
  await updateRequestState(issue.key, issue.requestState, (state) =>
    findRecordedAction(state, note.eventKey) === undefined
      ? recordAppliedAction(state, {
          eventKey: note.eventKey,
          rule: note.rule,
          summary: note.summary,
          reason: note.reason,
          at,
          ...(commentId === null ? {} : { noteCommentId: commentId }),
        })
      : null,
  );
};
