import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { pidFileOf } from '../../sandbox/pid-file';

const rootDir = join(__dirname, '..', '..');
const tsx = join(rootDir, 'node_modules', '.bin', 'tsx');

/** Runs the sandbox CLI to its end; resolves with its exit code and what it printed. */
const runCli = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(tsx, ['sandbox/cli.ts', ...args], { cwd: rootDir }, (error, stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });

describe('npm run sandbox:reset', () => {
  let dir: string;
  let stateFile: string;
  let sleeper: ChildProcess | null = null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-reset-'));
    stateFile = join(dir, 'site.json');
    writeFileSync(stateFile, '{"version":1}');
  });

  afterEach(() => {
    sleeper?.kill();
    sleeper = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses while a sandbox runs on the state file, naming its pid, and keeps the file', async () => {
    sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    writeFileSync(pidFileOf(stateFile), `${sleeper.pid}\n`);

    const result = await runCli(['reset', '--state', stateFile]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `The sandbox is running (pid ${sleeper.pid}). Stop it with Ctrl-C in its terminal (or kill ${sleeper.pid}), then reset.`,
    );
    expect(existsSync(stateFile)).toBe(true);
  });

  it('refuses to start a second sandbox on the same state file, naming the first one’s pid', async () => {
    sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    writeFileSync(pidFileOf(stateFile), `${sleeper.pid}\n`);

    const result = await runCli(['start', '--state', stateFile, '--port', '0']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `A sandbox is already running on ${stateFile} (pid ${sleeper.pid}).`,
    );
    expect(existsSync(pidFileOf(stateFile))).toBe(true);
  });

  it('deletes the saved site when the pid file is left from a sandbox that has ended', async () => {
    const ended = spawn('true');
    await once(ended, 'exit');
    writeFileSync(pidFileOf(stateFile), `${ended.pid}\n`);

    const result = await runCli(['reset', '--state', stateFile]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Deleted ${stateFile}`);
    expect(existsSync(stateFile)).toBe(false);
  });
});

describe('npm start', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-start-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves a damaged saved site aside, holds a pid file while running and removes it on Ctrl-C', async () => {
    const stateFile = join(dir, 'site.json');
    writeFileSync(stateFile, '{"version":1,"users":{}}');
    const sandbox = spawn(tsx, ['sandbox/cli.ts', 'start', '--port', '0', '--state', stateFile], {
      cwd: rootDir,
    });
    let output = '';
    const started = new Promise<void>((resolve, reject) => {
      sandbox.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Status Guide sandbox: http://localhost:')) resolve();
      });
      sandbox.once('exit', () => {
        reject(new Error(`The sandbox ended before it started: ${output}`));
      });
    });
    await started;

    const refusal = await runCli(['reset', '--state', stateFile]);
    const hadPidFile = existsSync(pidFileOf(stateFile));
    sandbox.kill('SIGINT');
    await once(sandbox, 'exit');

    expect(output).toMatch(
      /The saved site could not be used \(users: .*\); it is now .*site\.json\.broken-[\d-]+T[\d-]+Z, and the sandbox starts from the demo site\./,
    );
    expect(hadPidFile).toBe(true);
    expect(refusal.code).toBe(1);
    expect(output).toContain('Sandbox stopped');
    expect(existsSync(pidFileOf(stateFile))).toBe(false);
    expect(existsSync(stateFile)).toBe(true);
  }, 60_000);

  /** Starts the sandbox and resolves once it prints its address. */
  const startSandbox = async (args: string[]) => {
    const sandbox = spawn(tsx, ['sandbox/cli.ts', 'start', '--port', '0', ...args], {
      cwd: rootDir,
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      sandbox.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Status Guide sandbox: (http:\/\/localhost:\d+)/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      sandbox.once('exit', () => {
        reject(new Error(`The sandbox ended before it started: ${output}`));
      });
    });
    const clock = async () =>
      ((await (await fetch(`${url}/sandbox/clock`)).json()) as { now: string }).now;
    const createdOf = async (issueKey: string) => {
      const answer = await fetch(`${url}/rest/api/3/issue/${issueKey}?fields=created`, {
        headers: { Authorization: `Basic ${btoa('alex@servicedesk.example:any')}` },
      });
      return ((await answer.json()) as { fields: { created: string } }).fields.created;
    };
    const stop = async () => {
      sandbox.kill('SIGINT');
      await once(sandbox, 'exit');
    };
    return { output: () => output, clock, createdOf, stop };
  };

  it('starts at the time --now gives, and keeps that time with the saved site', async () => {
    const stateFile = join(dir, 'site.json');
    const first = await startSandbox(['--state', stateFile, '--now', '2026-12-24T16:30+13:00']);
    const firstClock = await first.clock();
    const firstCreated = await first.createdOf('FS-2');
    await first.stop();
    const second = await startSandbox(['--state', stateFile]);
    const secondClock = await second.clock();
    await second.stop();

    expect(first.output()).toContain('Sandbox time: 2026-12-24T03:30');
    expect(firstClock).toMatch(/^2026-12-24T03:3/);
    expect(secondClock).toMatch(/^2026-12-24T03:3/);
    // The fresh demo site was seeded around that instant, so its requests are recent there.
    const age = Date.parse(firstClock) - new Date(firstCreated).getTime();
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(86_400_000);
  }, 60_000);

  it('refuses a --now that is not an instant and says how to write one', async () => {
    const result = await runCli(['start', '--port', '0', '--now', 'next-friday']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--now needs a date and time with its offset');
  });

  it('refuses --faults it cannot read and names the fault at fault', async () => {
    const result = await runCli(['start', '--port', '0', '--faults', 'duplicates=3']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--faults: duplicates=3 is not a share from 0 to 1');
  });

  it('prints its options on --help and starts nothing', async () => {
    const result = await runCli(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--port N');
    expect(result.stdout).toContain('npm start -- --port 8081');
    expect(result.stderr).toBe('');
  });
});
