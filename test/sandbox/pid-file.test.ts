import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { pidFileOf, runningSandboxPid, writePidFile } from '../../sandbox/pid-file';

/** A process that runs until killed, standing in for a running sandbox. */
const startSleeper = (): ChildProcess => spawn('sleep', ['30'], { stdio: 'ignore' });

describe('the running sandbox’s pid file', () => {
  let dir: string;
  let stateFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pid-file-'));
    stateFile = join(dir, 'site.json');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('sits beside the state file', () => {
    expect(pidFileOf('/tmp/x/site.json')).toBe('/tmp/x/site.json.pid');
  });

  it('names no running sandbox when there is no pid file', () => {
    expect(runningSandboxPid(stateFile)).toBeNull();
  });

  it('names the process in the pid file while it runs, and none once it has ended', async () => {
    const sleeper = startSleeper();
    writeFileSync(pidFileOf(stateFile), `${sleeper.pid}\n`);

    const whileRunning = runningSandboxPid(stateFile);
    sleeper.kill();
    await once(sleeper, 'exit');
    const afterEnd = runningSandboxPid(stateFile);

    expect(whileRunning).toBe(sleeper.pid);
    expect(afterEnd).toBeNull();
  });

  it.each([['not a number'], [''], ['-4'], ['0']])('ignores a pid file holding "%s"', (text) => {
    writeFileSync(pidFileOf(stateFile), text);

    expect(runningSandboxPid(stateFile)).toBeNull();
  });

  it('writes this process’s id and removes it again', () => {
    const remove = writePidFile(stateFile);
    const written = readFileSync(pidFileOf(stateFile), 'utf8');

    remove();

    expect(written.trim()).toBe(String(process.pid));
    expect(existsSync(pidFileOf(stateFile))).toBe(false);
  });

  it('leaves a pid file another sandbox wrote since', () => {
    const remove = writePidFile(stateFile);
    writeFileSync(pidFileOf(stateFile), '424242\n');

    remove();

    expect(readFileSync(pidFileOf(stateFile), 'utf8')).toBe('424242\n');
  });
});
