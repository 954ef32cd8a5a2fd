import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { matchStatus } from '../domain/catalogue/match-status';
import { isDispatchedStatus } from '../domain/rules/field-maintenance';
import { loadConfig } from '../storage/config-store';
import { type FieldOutcome } from './apply-field-move';
import { finishByInstaller } from './finish-by-installer';
import { moveOnDispatch } from './move-on-dispatch';

/** A status change as the issue-updated event told it. */
export interface StatusChangeEvent {
  issueKey: string;
  projectKey: string;
  changelogId: string;
  toStatusName: string;
  /** Jira's status category key of the new status ('new', 'indeterminate', 'done'), if sent. */
  toCategory: string | null;
  /** Who made the change. */
  actorId: string;
}

/** Statuses in which a recorded dispatch means the request should move on. */
const awaitingHardware = new Set(['awaiting-dispatch', 'awaiting-stock']);

/**
 * Applies the field-maintenance rules a status change can set off: entering a dispatched status
 * (or Awaiting Dispatch with the dispatch already recorded) moves the request to Assigned to
 * Installer; an installer account's move to a done status resolves it. A change neither rule can
 * act on costs no REST call. Throws JiraHttpError, ForgeKvsAPIError or RequestStateBusyError.
 */
export const applyStatusRules = async (event: StatusChangeEvent): Promise<FieldOutcome> => {
  const { config } = await loadConfig(event.projectKey);
  const entry = matchStatus(event.toStatusName, catalogueOf(config), config.statusMapping)?.id;
  const { dispatched, installerFinished } = config.rules;

  const isInstallerDone =
    event.toCategory === 'done' && config.accounts.installers.includes(event.actorId);
  if (installerFinished.enabled && isInstallerDone) {
    return finishByInstaller(event.issueKey, {
      kind: 'transition',
      changelogId: event.changelogId,
      statusName: event.toStatusName,
    });
  }

  const mayMove =
    isDispatchedStatus(event.toStatusName, config) ||
    (entry !== undefined && awaitingHardware.has(entry));
  if (dispatched.enabled && mayMove) return moveOnDispatch(event.issueKey);

  return { outcome: 'skipped', reason: 'no field rule for this status' };
};
