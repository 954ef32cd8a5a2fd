import { listStatusNames } from '../../jira/statuses';
import { logger } from '../../observability/logger';
import { closeResolved } from './close-resolved';
import { adviseOnInstallerSilence } from './installer-silence';
import { reconcileDispatch } from './reconcile-dispatch';
import { remindCustomer } from './remind-customer';
import { flagPassedStockEta } from './stock-eta-passed';
import { createSweepContext, type SweepContext, type SweepReport } from './sweep-context';

type Sweep = (context: SweepContext) => Promise<SweepReport>;

/** The sweeps in the order they run, each with its switch in the site settings. */
const sweeps: { name: keyof SweepContext['siteConfig']['rules']['sweeps']; run: Sweep }[] = [
  { name: 'reconcileDispatch', run: reconcileDispatch },
  { name: 'installerSilence', run: adviseOnInstallerSilence },
  { name: 'stockEtaPassed', run: flagPassedStockEta },
  { name: 'remindCustomer', run: remindCustomer },
  { name: 'closeResolved', run: closeResolved },
];

/**
 * Runs every sweep the site settings switch on, at `now`, one after the other, and logs what
 * each did. A sweep switched off site-wide does not search at all; a project's own settings can
 * switch one off for that project. Returns one report per sweep that ran. Throws JiraHttpError
 * or ForgeKvsAPIError when Jira or storage fails outside a sweep's own requests.
 */
export const runSweeps = async (now: Date): Promise<SweepReport[]> => {
  const context = await createSweepContext(now, await listStatusNames());
  const reports: SweepReport[] = [];

  for (const sweep of sweeps) {
    if (!context.siteConfig.rules.sweeps[sweep.name].enabled) continue;
    const started = Date.now();
    const report = await sweep.run(context);
    logger.info('sweep ran', {
      rule: sweep.name,
      outcome: report.isCutShort ? 'cut-short' : 'finished',
      count: report.acted,
      reason: `${String(report.found)} found`,
      durationMs: Date.now() - started,
    });
    reports.push(report);
  }
  return reports;
};
