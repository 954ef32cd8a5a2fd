import { catalogueOf } from '../../domain/catalogue/catalogue-of-preset';
import { matchStatus } from '../../domain/catalogue/match-status';
import { findRecordedAction, readRequestState } from '../../domain/request-state';
import { composeSilenceAdvice } from '../../domain/rules/sweep-notes';
import { statusClause, statusesMeaning } from '../../domain/rules/sweep-queries';
import { addPublicComment } from '../../jira/comments';
import { getIssueSnapshot } from '../../jira/issues';
import { getRequestType } from '../../jira/request-type';
import { searchIssues } from '../../jira/search-issues';
import { computeRequestClocks } from '../request-clocks';
import { noteOnce } from './note-once';
import type { SweepContext, SweepReport } from './sweep-context';
import { sweepEach } from './sweep-each';

/**
 * Advises the customer, once per booking, when a week passed since the installer booked the job
 * without contact: one public comment with the catalogue's advice to ring the installer (and the
 * installer's number, when recorded). Returns what it found and did. Throws JiraHttpError for a
 * search Jira refuses, and any failure that is not transient.
 */
export const adviseOnInstallerSilence = async (context: SweepContext): Promise<SweepReport> => {
  const { siteConfig, siteStatuses, now } = context;
  const bookedEntry = siteConfig.clocks.installerSilence.bookedEntryId;
  const booked = statusClause(statusesMeaning(siteStatuses, [bookedEntry], siteConfig));
  const found = booked === null ? [] : await searchIssues('app', `${booked} ORDER BY key`);

  return sweepEach('installerSilence', found, async (found) => {
    const config = await context.configFor(found.projectKey);
    if (!config.rules.sweeps.installerSilence.enabled) return false;
    const issue = await getIssueSnapshot('app', found.key);
    const entry = matchStatus(issue.statusName, catalogueOf(config), config.statusMapping);
    if (entry?.id !== config.clocks.installerSilence.bookedEntryId) return false;

    const state = readRequestState(issue.requestState);
    const clock = computeRequestClocks(issue, state, config, now, []).clocks['installer-silence'];
    if (!clock.applies || clock.state.kind !== 'missed') return false;
    const eventKey = `installer-silence:${clock.startedAt.toISOString()}`;
    if (findRecordedAction(state, eventKey) !== undefined) return false;

    const requestType = await getRequestType('app', issue.key);
    const text = composeSilenceAdvice(
      config,
      requestType?.id ?? null,
      state.facts.installer?.phone ?? null,
    );
    return noteOnce(issue, {
      rule: 'installerSilence',
      eventKey,
      summary: 'Advised the customer to ring the installer',
      reason: 'A week passed since the installer booked the job with no contact recorded.',
      post: () => addPublicComment('app', issue.key, text),
    });
  });
};
