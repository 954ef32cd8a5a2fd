import type { FoundIssue } from '../../jira/search-issues';
import { logger } from '../../observability/logger';
import { asTransientFailure } from '../transient-failure';
import type { SweepReport } from './sweep-context';

/**
 * Runs `act` on every request found, one after the other, counting those it acted on (it returns
 * true). A transient failure (Jira's 429 or 5xx, busy storage) stops the sweep: the requests left
 * are found again by the next run, as nothing marks them done. Throws any other error.
 */
export const sweepEach = async (
  sweep: string,
  found: readonly FoundIssue[],
  act: (issue: FoundIssue) => Promise<boolean>,
): Promise<SweepReport> => {
  let acted = 0;

  for (const issue of found) {
    try {
      if (await act(issue)) acted += 1;
    } catch (error) {
      if (asTransientFailure(error) === null) throw error;
      logger.warn('sweep cut short: Jira or storage busy', {
        rule: sweep,
        issueKey: issue.key,
        outcome: 'retry',
        error,
      });
      return { sweep, found: found.length, acted, isCutShort: true };
    }
  }
  return { sweep, found: found.length, acted, isCutShort: false };
};
