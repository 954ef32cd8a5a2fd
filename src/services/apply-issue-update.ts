import { countMissing } from '../domain/checklist/evaluate-checklist';
import { possibleChecklistItems } from '../domain/checklist/request-type-checklist';
import type { StatusGuideConfig } from '../domain/config/schema';
import type { CustomerRequest } from '../jira/customer-requests';
import { getIssueSnapshot, getIssueWithContent, type IssueSnapshot } from '../jira/issues';
import { loadConfig } from '../storage/config-store';
import { updateRequestState } from '../storage/request-state-store';
import { applyStatusRules } from './apply-status-rules';
import {
  addedAttachmentIds,
  type ChangedField,
  type ChecklistEventOutcome,
} from './checklist-on-event';
import { applyChecklistToUpdate } from './checklist-on-event';
import { findCustomerRequest } from './explain-request';
import {
  checklistOf,
  fieldIdsOf,
  type RequestChecklist,
  requestChecklistItems,
  withMissingCount,
} from './request-checklist';
import { participantsForReplies } from './request-participants';
import { settleOutcomes } from './settle-promise-outcomes';

/** An issue update as the trigger parsed it. */
export interface IssueUpdate {
  issueKey: string;
  projectKey: string;
  /** The changelog entry's id ('' when the event has none); names the update in claims. */
  changelogId: string;
  changes: readonly ChangedField[];
  /** The status the request entered; null when the update did not change the status. */
  toStatusName: string | null;
  /** Jira's status category key of the new status ('new', 'indeterminate', 'done'), if sent. */
  toCategory: string | null;
  /** Who made the change. */
  actorId: string;
}

/** What an issue update did: the decision logged, and what the checklist made of it. */
export interface IssueUpdateOutcome {
  outcome: string;
  reason: string;
  /** Null when the update could not concern the request's checklist. */
  checklist: ChecklistEventOutcome | null;
}

/**
 * Applies everything an issue update can set off, reading the issue once for all of it: a status
 * change records the promise outcomes it settled (met or missed) and runs the field-maintenance
 * rules (a dispatched status moves the request to the installer; an installer's move to a done
 * status resolves it); a status change or a new file refreshes the checklist's indexed missing
 * count in the same write, then may ask the customer for what is missing or hand a completed
 * request back. Any other change costs no call. Throws JiraHttpError, ForgeKvsAPIError or
 * RequestStateBusyError when Jira or storage fails.
 */
export const applyIssueUpdate = async (
  update: IssueUpdate,
  now: Date,
): Promise<IssueUpdateOutcome> => {
  const statusChange = update.changes.find((change) => change.field === 'status');
  // Without a changelog id, each delivery is its own update for the checklist's claims.
  const changeId = update.changelogId === '' ? String(now.getTime()) : update.changelogId;
  const isFileAdded = addedAttachmentIds(update.changes).length > 0;
  if (statusChange === undefined && !isFileAdded) {
    return { outcome: 'skipped', reason: 'no status change or new file', checklist: null };
  }

  const { config } = await loadConfig(update.projectKey);
  const request = hasAnyChecklist(config) ? await findCustomerRequest(update.issueKey) : null;
  const items = request === null ? [] : requestChecklistItems(request, config);
  if (statusChange === undefined && items.length === 0) {
    return { outcome: 'skipped', reason: 'no-checklist', checklist: null };
  }
  const { issue, checklist } = await readRequest(update.issueKey, request, config);
  const settled = await recordOnRequest(issue, request, checklist, config, {
    isStatusChange: statusChange !== undefined,
    now,
  });

  if (statusChange === undefined) {
    const result = checklist && (await applyChecklistToUpdate(checklist, changeId, update.changes));
    return { ...(result ?? skippedChecklist), checklist: result };
  }
  const moved = await applyStatusRules({
    issueKey: update.issueKey,
    projectKey: update.projectKey,
    changelogId: update.changelogId,
    toStatusName: update.toStatusName ?? '',
    toCategory: update.toCategory,
    actorId: update.actorId,
  });
  // A request the rules just moved has left the status the checklist would ask in.
  const asked =
    checklist === null
      ? null
      : moved.outcome === 'acted'
        ? { outcome: 'skipped' as const, reason: 'moved-on' }
        : await applyChecklistToUpdate(checklist, changeId, update.changes);
  const decision =
    moved.outcome !== 'skipped' ? moved : asked?.outcome === 'acted' ? asked : settled;
  return { outcome: decision.outcome, reason: decision.reason, checklist: asked };
};

const skippedChecklist = { outcome: 'skipped', reason: 'no-checklist' } as const;

/** True when some request type of the project could have a checklist, by its id or its name. */
const hasAnyChecklist = (config: StatusGuideConfig): boolean =>
  possibleChecklistItems(config).length > 0;

/** The issue, with its content and checklist when the request type has one: one read. */
const readRequest = async (
  issueKey: string,
  request: CustomerRequest | null,
  config: StatusGuideConfig,
): Promise<{ issue: IssueSnapshot; checklist: RequestChecklist | null }> => {
  const items = request === null ? [] : requestChecklistItems(request, config);
  if (request === null || items.length === 0) {
    return { issue: await getIssueSnapshot('app', issueKey), checklist: null };
  }

  const { issue, content } = await getIssueWithContent('app', issueKey, fieldIdsOf(items));
  return { issue, checklist: checklistOf(request, config, issue, content) };
};

/**
 * Records the settled promise outcomes (on a status change) and the checklist's missing count
 * in one write of the request's property, made only when either changed.
 */
const recordOnRequest = async (
  issue: IssueSnapshot,
  request: CustomerRequest | null,
  checklist: RequestChecklist | null,
  config: StatusGuideConfig,
  change: { isStatusChange: boolean; now: Date },
): Promise<{ outcome: 'recorded' | 'unchanged'; reason: string }> => {
  // The request's participants were read already when it has a checklist.
  const participantIds = !change.isStatusChange
    ? []
    : (request?.participantIds ?? (await participantsForReplies(issue, config)));
  const missingCount = checklist === null ? null : countMissing(checklist.evaluated);

  let settled: string[] = [];
  await updateRequestState(issue.key, issue.requestState, (state) => {
    const clocks = change.isStatusChange
      ? settleOutcomes(issue, state, config, change.now, participantIds)
      : { state: null, settled: [] };
    settled = clocks.settled;
    const withClocks = clocks.state ?? state;
    const withCount = missingCount === null ? null : withMissingCount(withClocks, missingCount);
    return withCount ?? clocks.state;
  });

  if (settled.length === 0) return { outcome: 'unchanged', reason: 'no promise settled' };
  return { outcome: 'recorded', reason: `settled: ${settled.join(', ')}` };
};
