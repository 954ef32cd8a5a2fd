import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Where a running sandbox writes its process id: beside its state file.
 *
 * @example pidFileOf('.sandbox/site.json') // '.sandbox/site.json.pid'
 */
export const pidFileOf = (stateFile: string): string => `${stateFile}.pid`;

/**
 * The process id of a sandbox that is running on `stateFile`; null when none is: no pid file, one
 * that does not hold a number, or one left behind by a process that has ended.
 *
 * @remarks A crashed sandbox's pid may in time be reused by an unrelated process, which then reads
 * as a running sandbox; deleting the pid file is the way out, and the refusal names the pid.
 */
export const runningSandboxPid = (stateFile: string): number | null => {
  let text: string;
  try {
    text = readFileSync(pidFileOf(stateFile), 'utf8');
  } catch {
    return null;
  }

  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  return isAlive(pid) ? pid : null;
};

/**
 * Writes this process's id beside `stateFile` and returns the function that removes it again. The
 * removal leaves a pid file that another process wrote since; it never throws.
 */
export const writePidFile = (stateFile: string): (() => void) => {
  const file = pidFileOf(stateFile);
  writeFileSync(file, `${process.pid}\n`);

  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // Already gone: nothing to remove.
    }
  };
};

/** True when a process with this id exists, whether or not this user may signal it. */
const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
};
