import './install-clock';

import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { isAbsolute, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { buildUi } from '../scripts/build-ui';
import { routeAppLogLines } from './app-console';
import { onSandboxTimeChange, sandboxTimeOffset, setSandboxTime, shiftSandboxTime } from './clock';
import { ForgeEmulator } from './forge/emulator';
import { noFaults, parseFaults, type SandboxFaults } from './forge/faults';
import { SandboxLog } from './log';
import { runningSandboxPid, writePidFile } from './pid-file';
import type { Site } from './site/site';
import { defaultStateFile, openSavedSite, resetSavedSite, type SavedSite } from './site/store';
import type { SiteUser } from './site/types';
import { createSandboxServer } from './web/server';
import { offsetTimeToInstant, yearProblem } from './web/wall-time';

const rootDir = resolve(__dirname, '..');
const usage =
  'Usage: tsx sandbox/cli.ts [start|reset] [--port N] [--verbose] [--state FILE] [--now INSTANT] ' +
  '[--faults duplicates=R,delay=MS,latency=MS,429=R,retry-after=S,500=R,seed=N]';

interface CliOptions {
  command: 'start' | 'reset' | 'help';
  port: number;
  isVerbose: boolean;
  stateFile: string;
  /** The sandbox's time at start; null keeps the time saved with the site. */
  now: Date | null;
  /** Faults put into event delivery and Jira's answers on purpose. */
  faults: SandboxFaults;
}

const help = [
  usage,
  '',
  '  start              run the sandbox (the default): the site, its pages and the app',
  '  reset              delete the saved site, so the next start seeds the demo afresh',
  '  --port N           the port of its pages (default 8080, or the PORT variable)',
  '  --verbose          print every event, invocation and REST call',
  '  --state FILE       where the site is saved (default .sandbox/site.json)',
  '  --now INSTANT      start at this time, such as 2026-12-24T16:30+13:00',
  '  --faults LIST      put duplicates, delays, latency, 429s and 500s into delivery on purpose',
  '',
  'Through npm, put the options after --: npm start -- --port 8081',
].join('\n');

/** A command the CLI will not run as given; the message says what to do instead. */
class CliError extends Error {
  override readonly name = 'CliError';
}

const parseArgs = (args: string[]): CliOptions => {
  const options: CliOptions = {
    command: 'start',
    port: Number(process.env.PORT || 8080),
    isVerbose: false,
    stateFile: resolve(rootDir, defaultStateFile),
    now: null,
    faults: noFaults,
  };
  // "--port=8099" reads as "--port 8099".
  const rest = args.flatMap((arg) => (arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === 'start' || arg === 'reset') options.command = arg;
    else if (arg === '--help' || arg === '-h') return { ...options, command: 'help' };
    else if (arg === '--verbose') options.isVerbose = true;
    else if (arg === '--port') options.port = Number(rest.shift());
    else if (arg === '--state') options.stateFile = stateFileOf(rest.shift());
    else if (arg === '--now') options.now = instantOf(rest.shift());
    else if (arg === '--faults') options.faults = faultsOf(rest.shift());
    else throw new CliError(`Unknown argument ${arg}. ${usage}`);
  }

  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new CliError(`The port must be a number from 0 to 65535. ${usage}`);
  }
  return options;
};

const instantOf = (text: string | undefined): Date => {
  const reading = offsetTimeToInstant(text ?? '');
  if ('instant' in reading) return reading.instant;
  if (reading.refused === 'year')
    throw new CliError(`--now ${text ?? ''}: ${yearProblem} ${usage}`);
  throw new CliError(
    `--now needs a date and time with its offset, such as 2026-12-24T16:30+13:00. ${usage}`,
  );
};

const faultsOf = (text: string | undefined): SandboxFaults => {
  try {
    return parseFaults(text ?? '');
  } catch (error) {
    throw new CliError(`--faults: ${(error as Error).message}. ${usage}`);
  }
};

const describeFaults = (faults: SandboxFaults): string =>
  [
    `${faults.duplicateRate * 100}% of events delivered twice`,
    `up to ${faults.maxDelayMs} ms extra delay`,
    `Jira answers within ${faults.maxLatencyMs} ms`,
    `${faults.rateLimitRate * 100}% of Jira calls answered 429 (retry after ${faults.retryAfterSeconds} s)`,
    `${faults.serverErrorRate * 100}% answered 500`,
    `seed ${faults.seed}`,
  ].join(', ');

const stateFileOf = (file: string | undefined): string => {
  if (!file) throw new CliError(`--state needs a file. ${usage}`);
  return isAbsolute(file) ? file : resolve(process.cwd(), file);
};

/** A demo user's role in a word or two, for the start line. */
const shortRole = (site: Site, user: SiteUser): string => {
  if (user.accountType === 'customer') return 'customer';
  if (user.isSiteAdmin) return 'admin';
  if (site.state.projects.some((p) => p.adminIds.includes(user.accountId))) return 'project admin';
  return site.state.projects.some((p) => site.isAgent(user.accountId, p.key)) ? 'agent' : 'user';
};

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
  });

/** Opens the saved site, says so when a damaged file was moved aside, and marks the file in use. */
const openSite = (stateFile: string): SavedSite => {
  const saved = openSavedSite(stateFile);
  process.on('exit', writePidFile(stateFile));

  if (saved.setAside) {
    const { problem, movedTo } = saved.setAside;
    console.log(
      `The saved site could not be used (${problem}); it is now ${movedTo}, ` +
        'and the sandbox starts from the demo site.',
    );
  }
  return saved;
};

/**
 * Runs the site's clock from the saved offset, unless `--now` already set it, and saves every
 * later change.
 */
const startClock = (site: Site, isTimeGiven: boolean): void => {
  if (!isTimeGiven) shiftSandboxTime(site.state.clockOffsetMs ?? 0);
  site.state.clockOffsetMs = sandboxTimeOffset();
  site.storageChanged();
  onSandboxTimeChange((offsetMs) => {
    site.state.clockOffsetMs = offsetMs;
    site.storageChanged();
  });
  if (site.state.clockOffsetMs !== 0) {
    console.log(
      `Sandbox time: ${new Date().toISOString()} (not the real time; change it at /sandbox/time).`,
    );
  }
};

const start = async (options: CliOptions): Promise<void> => {
  // Two sandboxes on one state file would overwrite each other's site, and a reset in between.
  const runningPid = runningSandboxPid(options.stateFile);
  if (runningPid !== null) {
    throw new CliError(
      `A sandbox is already running on ${options.stateFile} (pid ${runningPid}). ` +
        'Use that one, stop it first, or give this one its own site with --state FILE.',
    );
  }

  // The port is taken first so a clash is reported at once, not after the UI build.
  let answer: RequestListener = (_request, response) => {
    response
      .writeHead(503, { 'Content-Type': 'text/plain' })
      .end('The sandbox is starting; reload in a moment.');
  };
  const server = createServer((request, response) => {
    answer(request, response);
  });
  const port = await listen(server, options.port);

  await buildUi({ onlyIfStale: true });
  const log = new SandboxLog(options.isVerbose ? 'verbose' : 'quiet');
  // Verbose mode prints the app's JSON lines as they are; quiet mode folds them into its story.
  if (!options.isVerbose) routeAppLogLines(log);
  // Set before the site opens, so a fresh demo site is seeded around the instant asked for.
  if (options.now) setSandboxTime(options.now);
  const saved = openSite(options.stateFile);
  const { site } = saved;
  startClock(site, options.now !== null);
  site.baseUrl = `http://localhost:${port}`;
  const emulator = await ForgeEmulator.start({ site, rootDir, log });
  emulator.setFaults(options.faults);
  if (options.faults !== noFaults)
    console.log(`Sandbox faults on: ${describeFaults(options.faults)}`);
  answer = createSandboxServer({ site, emulator, log, rootDir });
  emulator.scheduler.start();

  const users = site.state.users
    .filter((user) => user.accountType !== 'app')
    .map((user) => `${user.email} (${shortRole(site, user)})`);
  console.log(`Status Guide sandbox: http://localhost:${port} — demo users: ${users.join(', ')}`);

  let isStopping = false;
  const stop = async (): Promise<void> => {
    if (isStopping) process.exit(1);
    isStopping = true;
    server.close();
    server.closeAllConnections();
    await Promise.race([
      Promise.all([emulator.scheduler.stop(), emulator.events.drain()]),
      delay(3000),
    ]);
    saved.flush();
    console.log(`Sandbox stopped; the site is saved in ${options.stateFile}.`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
};

const reset = (options: CliOptions): void => {
  const pid = runningSandboxPid(options.stateFile);
  if (pid !== null) {
    throw new CliError(
      `The sandbox is running (pid ${pid}). Stop it with Ctrl-C in its terminal (or kill ${pid}), then reset.`,
    );
  }
  if (!existsSync(options.stateFile)) {
    console.log(`No saved site at ${options.stateFile}; the next start seeds the demo site.`);
    return;
  }

  resetSavedSite(options.stateFile);
  console.log(`Deleted ${options.stateFile}; the next start seeds the demo site afresh.`);
};

const describeFailure = (error: unknown, options: CliOptions | null): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE' && options) {
    const next = options.port + 1;
    return `Port ${options.port} is in use. Stop what uses it, or run: npm start -- --port ${next}`;
  }
  if (error instanceof CliError) return error.message;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `The sandbox could not start: ${detail}`;
};

const main = async (): Promise<void> => {
  let options: CliOptions | null = null;
  try {
    options = parseArgs(process.argv.slice(2));
    if (options.command === 'help') console.log(help);
    else if (options.command === 'reset') reset(options);
    else await start(options);
  } catch (error) {
    console.error(describeFailure(error, options));
    process.exit(1);
  }
};

void main();
