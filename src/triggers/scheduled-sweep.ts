import { logger } from '../observability/logger';
import { runSweeps } from '../services/sweeps/run-sweeps';
import { asTransientFailure } from '../services/transient-failure';

const eventKind = 'scheduled:sweep';

/**
 * Runs the scheduled sweeps (installer silence, passed stock ETAs, dispatches that did not move
 * the request, and the optional reminder and closing). Forge ignores what it returns and never
 * retries it: a sweep Jira cut short is taken up by the next run, so a busy Jira is a warning;
 * anything else is rethrown so Forge records the failure.
 */
export const onScheduledSweep = async (): Promise<void> => {
  const started = Date.now();

  try {
    const reports = await runSweeps(new Date());
    logger.info('sweeps done', {
      eventKind,
      outcome: 'done',
      count: reports.reduce((sum, report) => sum + report.acted, 0),
      durationMs: Date.now() - started,
    });
  } catch (error) {
    const fields = { eventKind, durationMs: Date.now() - started, error };
    if (asTransientFailure(error) !== null) {
      logger.warn('sweeps deferred: Jira or storage busy', { ...fields, outcome: 'retry' });
      return;
    }
    logger.error('sweeps failed', { ...fields, outcome: 'failed' });
    throw error;
  }
};
