import { type AppLogLine, type LogEntry, SandboxLog } from '../../sandbox/log';

const at = '2026-12-03T20:04:05.000Z';

const triggerRun = (issueKey: string): LogEntry => ({
  type: 'invocation',
  at,
  functionKey: 'comment-event',
  kind: 'trigger',
  detail: `avi:jira:commented:issue ${issueKey} attempt 1`,
  durationMs: 42,
  outcome: 'done',
});

const resolverRun: LogEntry = {
  type: 'invocation',
  at,
  functionKey: 'portal-resolver',
  kind: 'resolver',
  detail: 'getRequestGuide',
  durationMs: 7,
  outcome: 'ok',
};

const handled: AppLogLine = {
  level: 'info',
  msg: 'comment event handled',
  issueKey: 'FS-1',
  outcome: 'applied',
  reason: 'reporter commented on a resolved request',
};

/** A log in the given mode and the lines it printed. */
const printingLog = (mode: 'quiet' | 'verbose') => {
  const lines: string[] = [];
  return { log: new SandboxLog(mode, (line) => lines.push(line)), lines };
};

describe('the sandbox’s terminal log', () => {
  it('folds the app’s outcome for an issue into that issue’s trigger line in quiet mode', () => {
    const { log, lines } = printingLog('quiet');

    log.addAppLine(handled);
    log.add(triggerRun('FS-1'));

    expect(lines).toEqual([
      '20:04:05 trigger comment-event avi:jira:commented:issue FS-1 attempt 1 done (42 ms)' +
        ' · app: applied (reporter commented on a resolved request)',
    ]);
  });

  it('says the app’s outcome once: the next trigger line for the issue has none', () => {
    const { log, lines } = printingLog('quiet');

    log.addAppLine(handled);
    log.add(triggerRun('FS-2'));
    log.add(triggerRun('FS-1'));
    log.add(triggerRun('FS-1'));

    expect(lines.map((line) => line.includes('· app:'))).toEqual([false, true, false]);
  });

  it('drops a resolver’s line in quiet mode, since its invocation line says the outcome', () => {
    const { log, lines } = printingLog('quiet');

    log.addAppLine({ level: 'warn', msg: 'resolver degraded', definition: 'getRequestGuide' });
    log.add(resolverRun);

    expect(lines).toEqual(['20:04:05 resolver portal-resolver getRequestGuide ok (7 ms)']);
  });

  it('prints the app’s errors with their stack in quiet mode', () => {
    const { log, lines } = printingLog('quiet');

    log.addAppLine({
      level: 'error',
      msg: 'comment event failed',
      issueKey: 'FS-1',
      outcome: 'failed',
      error: { name: 'Error', message: 'boom', stack: 'Error: boom\n    at handler (x.ts:1:1)' },
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{2}:\d{2}:\d{2} app error: comment event failed FS-1 failed\n/);
    expect(lines[0]).toContain('Error: boom\n    at handler (x.ts:1:1)');
  });

  it('prints an app line about no issue or resolver as a sentence in quiet mode', () => {
    const { log, lines } = printingLog('quiet');

    log.addAppLine({
      level: 'warn',
      msg: 'stored configuration invalid, passed over',
      outcome: 'degraded',
    });

    expect(lines[0]).toMatch(/ app warn: stored configuration invalid, passed over degraded$/);
  });

  it('prints the app’s lines as they are in verbose mode', () => {
    const { log, lines } = printingLog('verbose');

    log.addAppLine(handled);

    expect(lines).toEqual([JSON.stringify(handled)]);
  });

  it('prints nothing in silent mode', () => {
    const log = new SandboxLog('silent');
    const print = jest.spyOn(process.stdout, 'write');

    log.addAppLine(handled);
    log.add(triggerRun('FS-1'));

    expect(print).not.toHaveBeenCalled();
    print.mockRestore();
  });
});
