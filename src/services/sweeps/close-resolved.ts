import { defaultCalendarSettings } from '../../domain/calendar/calendar-presets';
import { resolvedEntries, statusClause, statusesMeaning } from '../../domain/rules/sweep-queries';
import { getIssueSnapshot } from '../../jira/issues';
import { searchIssues } from '../../jira/search-issues';
import { applyFieldMove } from '../apply-field-move';
import { calendarFor } from '../calendar-cache';
import { standingOf, standingSinceAt } from '../request-history';
import type { SweepContext, SweepReport } from './sweep-context';
import { sweepEach } from './sweep-each';

/**
 * Closes requests that have stayed resolved for the configured days, moving them to the
 * configured status once per resolution. Off by default. Returns what it found and did. Throws
 * JiraHttpError for a search Jira refuses, and any failure that is not transient.
 */
export const closeResolved = async (context: SweepContext): Promise<SweepReport> => {
  const { siteConfig, siteStatuses, now } = context;
  const resolved = statusClause(statusesMeaning(siteStatuses, resolvedEntries, siteConfig));
  const found = resolved === null ? [] : await searchIssues('app', `${resolved} ORDER BY key`);

  return sweepEach('closeResolved', found, async (found) => {
    const config = await context.configFor(found.projectKey);
    const rule = config.rules.sweeps.closeResolved;
    if (!rule.enabled) return false;
    const issue = await getIssueSnapshot('app', found.key);
    const resolvedAt = standingSinceAt(issue, config, 'resolved');
    if (standingOf(issue.statusName, config) !== 'resolved' || resolvedAt === null) return false;

    const calendar = calendarFor(config.calendar ?? defaultCalendarSettings);
    const dueAt = calendar.addCalendarDays(new Date(resolvedAt), rule.afterDays).getTime();
    if (now.getTime() < dueAt) return false;

    const outcome = await applyFieldMove(issue, 'closeResolved', {
      toStatus: rule.targetStatus,
      eventKey: `close:${new Date(resolvedAt).toISOString()}`,
      reason: `The request had been resolved for ${String(rule.afterDays)} days.`,
    });
    return outcome.outcome === 'acted';
  });
};
