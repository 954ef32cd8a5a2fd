import { defaultCalendarSettings } from '../domain/calendar/calendar-presets';
import { toDayKey } from '../domain/calendar/civil-day';
import { localDayOf } from '../domain/calendar/wall-clock';
import type { StatusGuideConfig } from '../domain/config/schema';
import { readRequestState } from '../domain/request-state';
import {
  decideOnDispatch,
  isDispatchedStatus,
  isFieldMaintenance,
  type RequestTypeRef,
} from '../domain/rules/field-maintenance';
import { getIssueSnapshot, type IssueSnapshot } from '../jira/issues';
import { getRequestType } from '../jira/request-type';
import { loadConfig } from '../storage/config-store';
import { updateRequestState } from '../storage/request-state-store';
import { applyFieldMove, type FieldOutcome } from './apply-field-move';
import { toMs } from './request-history';

/**
 * Moves a field-maintenance request whose hardware dispatch is recorded to the dispatched rule's
 * status (Assigned to Installer), reading the request afresh first. A request that entered a
 * status the admin listed as dispatched gets the dispatch recorded on the day it entered it.
 * Idempotent: the same dispatch never moves a request twice. Throws JiraHttpError,
 * ForgeKvsAPIError or RequestStateBusyError when Jira or storage fails.
 */
export const moveOnDispatch = async (issueKey: string): Promise<FieldOutcome> => {
  const issue = await getIssueSnapshot('app', issueKey);
  const { config } = await loadConfig(issue.projectKey);
  if (!config.rules.dispatched.enabled) return { outcome: 'skipped', reason: 'rule-disabled' };

  const requestType = await getRequestType('app', issue.key);
  const recorded = await recordDispatchFromStatus(issue, requestType, config);
  const decision = decideOnDispatch(
    { statusName: issue.statusName, requestType, dispatchedOn: recorded.dispatchedOn },
    config,
  );
  if (decision.outcome === 'skip') return { outcome: 'skipped', reason: decision.reason };

  return applyFieldMove({ ...issue, requestState: recorded.state }, 'dispatched', decision.move);
};

/** The dispatch day as recorded (or now recorded from the status), and the state it is in. */
const recordDispatchFromStatus = async (
  issue: IssueSnapshot,
  requestType: RequestTypeRef | null,
  config: StatusGuideConfig,
): Promise<{ dispatchedOn: string | null; state: unknown }> => {
  const state = readRequestState(issue.requestState);
  const known = state.facts.dispatch?.dispatchedOn ?? null;
  const isInDispatchedStatus = isDispatchedStatus(issue.statusName, config);
  const isCovered = isFieldMaintenance(requestType, config.rules.dispatched.requestTypeIds);
  if (known !== null || !isInDispatchedStatus || !isCovered) {
    return { dispatchedOn: known, state: issue.requestState };
  }

  const enteredAt = [...issue.statusChanges]
    .reverse()
    .find((change) => isDispatchedStatus(change.toStatusName, config))?.at;
  const zone = (config.calendar ?? defaultCalendarSettings).timeZone;
  const day = toDayKey(localDayOf(enteredAt === undefined ? Date.now() : toMs(enteredAt), zone));
  const written = await updateRequestState(issue.key, issue.requestState, (before) =>
    before.facts.dispatch === undefined
      ? {
          ...before,
          facts: { ...before.facts, dispatch: { dispatchedOn: day, carrierReference: '' } },
        }
      : null,
  );
  const final = written ?? state;
  return { dispatchedOn: final.facts.dispatch?.dispatchedOn ?? day, state: final };
};
