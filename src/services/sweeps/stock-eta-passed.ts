import { defaultCalendarSettings } from '../../domain/calendar/calendar-presets';
import { toDayKey } from '../../domain/calendar/civil-day';
import { localDayOf } from '../../domain/calendar/wall-clock';
import type { StatusGuideConfig } from '../../domain/config/schema';
import { readRequestState } from '../../domain/request-state';
import { composeEtaPassedNote } from '../../domain/rules/sweep-notes';
import { quoteJql, stateProperty } from '../../domain/rules/sweep-queries';
import { addInternalNote } from '../../jira/internal-notes';
import { getIssueSnapshot } from '../../jira/issues';
import { searchIssues } from '../../jira/search-issues';
import { noteOnce } from './note-once';
import type { SweepContext, SweepReport } from './sweep-context';
import { sweepEach } from './sweep-each';

/** Today where the desk is, as YYYY-MM-DD. */
const todayAt = (config: StatusGuideConfig, now: Date): string =>
  toDayKey(localDayOf(now.getTime(), (config.calendar ?? defaultCalendarSettings).timeZone));

/**
 * Tells the team, once per ETA, in an internal note, that a request's stock ETA has passed while
 * it is still open; a new ETA is a new occasion. Returns what it found and did. Throws
 * JiraHttpError for a search Jira refuses, and any failure that is not transient.
 */
export const flagPassedStockEta = async (context: SweepContext): Promise<SweepReport> => {
  const { siteConfig, now } = context;
  const today = todayAt(siteConfig, now);
  const found = await searchIssues(
    'app',
    `${stateProperty}.facts.stockEta < ${quoteJql(today)} AND statusCategory != Done ORDER BY key`,
  );

  return sweepEach('stockEtaPassed', found, async (found) => {
    const config = await context.configFor(found.projectKey);
    if (!config.rules.sweeps.stockEtaPassed.enabled) return false;
    const issue = await getIssueSnapshot('app', found.key);
    const eta = readRequestState(issue.requestState).facts.stockEta;
    if (eta === undefined || eta >= todayAt(config, now) || issue.statusCategory === 'done') {
      return false;
    }

    return noteOnce(issue, {
      rule: 'stockEtaPassed',
      eventKey: `stock-eta:${eta}`,
      summary: 'Told the team the stock ETA has passed',
      reason: `The stock ETA of ${eta} passed with the request still in ${issue.statusName}.`,
      post: () => addInternalNote('app', issue.key, composeEtaPassedNote(eta, issue.statusName)),
    });
  });
};
