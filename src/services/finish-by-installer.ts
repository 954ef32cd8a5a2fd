import { type CompletionSource, decideOnCompletion } from '../domain/rules/field-maintenance';
import { getIssueSnapshot } from '../jira/issues';
import { getRequestType } from '../jira/request-type';
import { loadConfig } from '../storage/config-store';
import { applyFieldMove, type FieldOutcome } from './apply-field-move';
import { standingOf } from './request-history';

/**
 * Resolves a field-maintenance request once its installer finished: by a completion comment, a
 * move to a done status, or the agent panel's action. Reads the request afresh first; a request
 * already resolved stays as it is, so the completion acts once. Throws JiraHttpError,
 * ForgeKvsAPIError or RequestStateBusyError when Jira or storage fails.
 */
export const finishByInstaller = async (
  issueKey: string,
  source: CompletionSource,
): Promise<FieldOutcome> => {
  const issue = await getIssueSnapshot('app', issueKey);
  const { config } = await loadConfig(issue.projectKey);
  if (!config.rules.installerFinished.enabled) {
    return { outcome: 'skipped', reason: 'rule-disabled' };
  }

  const requestType = await getRequestType('app', issue.key);
  const decision = decideOnCompletion(
    {
      statusName: issue.statusName,
      isResolved: standingOf(issue.statusName, config) === 'resolved',
      requestType,
      source,
    },
    config,
  );
  if (decision.outcome === 'skip') return { outcome: 'skipped', reason: decision.reason };

  return applyFieldMove(issue, 'installerFinished', decision.move);
};
