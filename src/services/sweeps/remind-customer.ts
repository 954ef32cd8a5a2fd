import { defaultCalendarSettings } from '../../domain/calendar/calendar-presets';
import { catalogueOf } from '../../domain/catalogue/catalogue-of-preset';
import { matchStatus, normaliseStatusName } from '../../domain/catalogue/match-status';
import { composeReplyReminder } from '../../domain/rules/sweep-notes';
import {
  statusClause,
  statusesMeaning,
  waitingOnCustomerEntries,
} from '../../domain/rules/sweep-queries';
import { addPublicComment } from '../../jira/comments';
import { getIssueSnapshot, type IssueSnapshot } from '../../jira/issues';
import { searchIssues } from '../../jira/search-issues';
import { calendarFor } from '../calendar-cache';
import { toMs } from '../request-history';
import { noteOnce } from './note-once';
import type { SweepContext, SweepReport } from './sweep-context';
import { sweepEach } from './sweep-each';

/** When the request entered its current status (its creation when it never moved), in ms. */
const enteredCurrentAt = (issue: IssueSnapshot): number => {
  const wanted = normaliseStatusName(issue.statusName);
  const entry = [...issue.statusChanges]
    .reverse()
    .find((change) => normaliseStatusName(change.toStatusName) === wanted);
  return toMs(entry?.at ?? issue.created);
};

/**
 * Reminds the customer, once per waiting spell, in a public comment, when the request has waited
 * on them (Waiting for Customer, Awaiting Purchase Order) for the configured business days with
 * no comment from the customer side since. Off by default. Returns what it found and did.
 * Throws JiraHttpError for a search Jira refuses, and any failure that is not transient.
 */
export const remindCustomer = async (context: SweepContext): Promise<SweepReport> => {
  const { siteConfig, siteStatuses, now } = context;
  const waiting = statusClause(statusesMeaning(siteStatuses, waitingOnCustomerEntries, siteConfig));
  const found = waiting === null ? [] : await searchIssues('app', `${waiting} ORDER BY key`);

  return sweepEach('remindCustomer', found, async (found) => {
    const config = await context.configFor(found.projectKey);
    const rule = config.rules.sweeps.remindCustomer;
    if (!rule.enabled) return false;
    const issue = await getIssueSnapshot('app', found.key);
    const entry = matchStatus(issue.statusName, catalogueOf(config), config.statusMapping);
    if (entry === null || !waitingOnCustomerEntries.includes(entry.id)) return false;

    const since = enteredCurrentAt(issue);
    const calendar = calendarFor(config.calendar ?? defaultCalendarSettings);
    const dueAt = calendar.addBusinessDays(new Date(since), rule.afterBusinessDays).getTime();
    const hasAnswered = issue.comments.some(
      (comment) =>
        toMs(comment.created) >= since &&
        (comment.authorId === issue.reporterId ||
          comment.authorAccountType === 'customer' ||
          config.accounts.customerProxies.includes(comment.authorId)),
    );
    if (now.getTime() < dueAt || hasAnswered) return false;

    return noteOnce(issue, {
      rule: 'remindCustomer',
      eventKey: `remind:${new Date(since).toISOString()}`,
      summary: 'Reminded the customer that the team waits for their reply',
      reason: `The request had waited on the customer for ${String(rule.afterBusinessDays)} business days.`,
      post: () => addPublicComment('app', issue.key, composeReplyReminder(config)),
    });
  });
};
