import { parseAppLogLine, routeAppLogLines } from '../../sandbox/app-console';
import { SandboxLog } from '../../sandbox/log';
import { logger } from '../../src/observability/logger';

/** The sandbox's own output, which goes through the same console as the app's lines. */
const sandboxOutput = globalThis.console;

describe('the app’s lines on the console', () => {
  it.each([
    ['an app info line', '{"level":"info","msg":"comment event handled","issueKey":"FS-1"}', true],
    ['an app error line', '{"level":"error","msg":"comment event failed"}', true],
    ['JSON without a level', '{"msg":"comment event handled"}', false],
    ['JSON with an unknown level', '{"level":"debug","msg":"x"}', false],
    ['a JSON list', '[{"level":"info","msg":"x"}]', false],
    ['a sentence', 'Sandbox stopped; the site is saved in .sandbox/site.json.', false],
    ['broken JSON', '{"level":"info","msg":', false],
  ])('reads %s as the app’s: %s', (_name, text, isApp) => {
    expect(parseAppLogLine([text]) !== null).toBe(isApp);
  });

  it('does not read a call with several arguments as the app’s', () => {
    expect(parseAppLogLine(['{"level":"info","msg":"x"}', 'more'])).toBeNull();
  });

  it('hands the app’s lines to the sandbox log and prints everything else as before', () => {
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const printedError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const lines: string[] = [];
    const undo = routeAppLogLines(new SandboxLog('quiet', (line) => lines.push(line)));

    logger.info('comment event handled', { issueKey: 'FS-1', outcome: 'skipped' });
    logger.error('resolver failed', { definition: 'portal.getGuide', outcome: 'INTERNAL' });
    sandboxOutput.log('Status Guide sandbox: http://localhost:8080');
    sandboxOutput.error('sandbox: GET / failed: boom');
    undo();
    const [printedCalls, printedErrorCalls] = [printed.mock.calls, printedError.mock.calls];
    printed.mockRestore();
    printedError.mockRestore();

    expect(printedCalls).toEqual([['Status Guide sandbox: http://localhost:8080']]);
    expect(printedErrorCalls).toEqual([['sandbox: GET / failed: boom']]);
    expect(lines).toEqual([
      expect.stringMatching(/ app error: resolver failed portal\.getGuide INTERNAL$/),
    ]);
  });
});
