import {
  stateProperty,
  statusClause,
  statusesMeaning,
  statusesNamed,
} from '../../domain/rules/sweep-queries';
import { searchIssues } from '../../jira/search-issues';
import { moveOnDispatch } from '../move-on-dispatch';
import type { SweepContext, SweepReport } from './sweep-context';
import { sweepEach } from './sweep-each';

/**
 * Moves field-maintenance requests whose dispatch is recorded but which still wait for their
 * hardware, and those sitting in a status the admin listed as dispatched: a workflow whose
 * dispatch transition fires a custom event sends the app no issue-updated event, and a move cut
 * short by a busy Jira is made here. Returns what it found and did. Throws JiraHttpError for a
 * search Jira refuses, and any failure that is not transient.
 */
export const reconcileDispatch = async (context: SweepContext): Promise<SweepReport> => {
  const { siteConfig, siteStatuses } = context;
  const waiting = statusClause(
    statusesMeaning(siteStatuses, ['awaiting-dispatch', 'awaiting-stock'], siteConfig),
  );
  const dispatched = statusClause(
    statusesNamed(siteStatuses, siteConfig.rules.dispatched.dispatchedStatuses),
  );

  const found = [
    ...(waiting === null
      ? []
      : await searchIssues(
          'app',
          `${waiting} AND ${stateProperty}.facts.dispatch.dispatchedOn IS NOT EMPTY ORDER BY key`,
        )),
    ...(dispatched === null ? [] : await searchIssues('app', `${dispatched} ORDER BY key`)),
  ];

  return sweepEach('reconcileDispatch', found, async (issue) => {
    const config = await context.configFor(issue.projectKey);
    if (!config.rules.sweeps.reconcileDispatch.enabled) return false;
    return (await moveOnDispatch(issue.key)).outcome === 'acted';
  });
};
