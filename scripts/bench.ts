/**
 * `npm run bench`: the app's running costs on the sandbox, printed as tables and written to
 * artifacts/bench/bench.json. `--size small` makes fewer runs (for CI); the default is 50.
 *
 * Figures: REST calls and function invocations per resolver call and per event kind, handler and
 * resolver time (p50, p95), event deliveries the manifest's filters avoid, the initial gzipped
 * size of each UI module, business-calendar operations, a run of many mixed comment events under
 * duplicated and reordered delivery and 429s (10,000 events; 1,000 with `--size small`), a mixed
 * run of 10,000 events (400 with `--size small`) through field-maintenance journeys with 5%
 * duplicate deliveries and 2% of Jira's answers a 429, which fails unless every request moved
 * exactly once per rule, and the process's peak memory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { installSandboxClock } from '../sandbox/clock';
import { benchApp, benchFilters } from './bench/app-bench';
import { benchBundles } from './bench/bundle-bench';
import { benchCalendar } from './bench/calendar-bench';
import { benchFaultRun } from './bench/fault-run-bench';
import { benchMixedEvents } from './bench/mixed-events-bench';

/** Events in the mixed run: the full 10,000, or a few hundred for CI's small run. */
const mixedEventsFor = (runs: number): number => (runs <= 10 ? 400 : 10_000);

const parseRuns = (args: string[]): number => {
  const size = args[args.indexOf('--size') + 1];
  if (!args.includes('--size')) return 50;
  if (size === 'small') return 10;
  if (size === 'large') return 200;
  throw new Error('--size is small or large.');
};

/** Runs the work with the app's own log lines (one JSON line per decision) kept off the screen. */
const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
  const { log, warn } = console;
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    Object.assign(console, { log, warn });
  }
};

const main = async (): Promise<void> => {
  installSandboxClock();
  const runs = parseRuns(process.argv.slice(2));
  let peakRssMiB = 0;
  const sample = (): void => {
    peakRssMiB = Math.max(peakRssMiB, process.memoryUsage().rss / 1024 / 1024);
  };
  const sampler = setInterval(sample, 5);

  const calendar = benchCalendar(runs);
  sample();
  const app = await quietly(() => benchApp(runs));
  sample();
  const filters = await quietly(() => benchFilters());
  const faultRun = await quietly(() => benchFaultRun(runs <= 10 ? 1000 : 10_000));
  sample();
  const mixed = await quietly(() => benchMixedEvents(mixedEventsFor(runs)));
  sample();
  const bundles = benchBundles();
  clearInterval(sampler);
  sample();

  const figures = {
    measuredAt: new Date().toISOString(),
    runs,
    node: process.version,
    app,
    filters,
    faultRun,
    mixed,
    bundles,
    calendar,
    peakRssMiB: Math.round(peakRssMiB),
  };

  console.log(`Status Guide benchmark (${runs} runs each, Node ${process.version})`);
  console.log('\nResolvers and events (time in ms; REST calls are the app’s calls to Jira)');
  console.table(app);
  console.log('\nEvent deliveries the manifest’s filters avoided');
  console.table([filters]);
  console.log(
    '\nMixed comment events, 5% delivered twice, reordered, 2% of Jira calls answered 429',
  );
  console.table([faultRun]);
  console.log(
    `\nMixed events: ${mixed.events} events over ${mixed.requests} field-maintenance requests, ` +
      `${mixed.duplicates} duplicate deliveries, ${mixed.rateLimited} Jira calls answered 429; ` +
      `requests not moved exactly once per rule: ${mixed.requestsWrong}`,
  );
  console.table(mixed.figures);
  console.log('\nUI modules (gzipped KiB)');
  console.table(bundles);
  console.log('\nBusiness calendar, New Zealand field-service preset (ms)');
  console.table(calendar);
  console.log(`\nPeak memory (RSS): ${figures.peakRssMiB} MiB`);

  const outDir = resolve(__dirname, '..', 'artifacts', 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Written to ${join('artifacts', 'bench', 'bench.json')}`);
  if (mixed.requestsWrong > 0) {
    console.error(`${mixed.requestsWrong} requests were not moved exactly once per rule.`);
    process.exitCode = 1;
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
