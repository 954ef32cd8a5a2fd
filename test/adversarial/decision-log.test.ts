// What the app writes to Forge's logs while people use it: one structured line per decision,
// and nothing a customer or agent typed, nor anyone's name or email.
import { adminKeys } from '../../src/contracts/admin';
import { agentKeys } from '../../src/contracts/agent';
import { callPortalPanel } from '../support/panel-calls';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { agentTransition, postComment, transitionIds } from './support';

type LogLine = Record<string, unknown>;

const privateWords = 'Zebracorn-7731 lives at 14 Quarry Road';

/** Runs `body` and returns the app's JSON log lines, and every line it printed at all. */
const capture = async (body: () => Promise<void>): Promise<{ json: LogLine[]; raw: string[] }> => {
  const raw: string[] = [];
  const spies = (['log', 'info', 'warn', 'error'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...parts: unknown[]) => {
      raw.push(parts.map(String).join(' '));
    }),
  );
  try {
    await body();
  } finally {
    spies.forEach((spy) => {
      spy.mockRestore();
    });
  }
  const json = raw.flatMap((line): LogLine[] => {
    try {
      const parsed = JSON.parse(line) as LogLine | null;
      return parsed !== null && typeof parsed === 'object' ? [parsed] : [];
    } catch {
      return [];
    }
  });
  return { json, raw };
};

describe('the app’s log lines', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('record each trigger decision with its event kind, issue key, outcome and duration', async () => {
    const { json } = await capture(async () => {
      postComment(harness, demo.customer, resolvedRequest, privateWords);
      postComment(harness, demo.agent, 'FS-2', privateWords, false);
      agentTransition(harness, 'FS-3', transitionIds.resolve);
      await harness.settle();
    });

    const triggerRuns = harness.log
      .ofType('invocation')
      .filter((entry) => entry.kind === 'trigger');
    const decisions = json.filter((line) => typeof line.eventKind === 'string');
    expect(triggerRuns.length).toBeGreaterThan(0);
    expect(decisions).toHaveLength(triggerRuns.length);
    for (const line of decisions) {
      expect(line).toEqual(
        expect.objectContaining({
          msg: expect.any(String),
          eventKind: expect.any(String),
          issueKey: expect.stringMatching(/^FS-\d+$/),
          outcome: expect.any(String),
          durationMs: expect.any(Number),
        }),
      );
    }
    expect(decisions.map((line) => line.issueKey)).toEqual(
      expect.arrayContaining([resolvedRequest, 'FS-3']),
    );
  });

  it('record each resolver answer once, with its definition, outcome and duration', async () => {
    const extension = { type: 'jira:issuePanel', issue: { key: 'FS-10', id: '10010' } };

    const { json } = await capture(async () => {
      await callPortalPanel(harness, 'FS-2');
      await harness.emulator.invokeResolver(
        'status-guide-agent-panel',
        {
          functionKey: agentKeys.recordFact,
          payload: {
            change: { fact: 'installer', value: { name: privateWords, phone: '021 555 0101' } },
          },
        },
        { accountId: harness.accountIdOf(demo.agent), extension },
      );
      await harness.emulator.invokeResolver(
        'status-guide-admin-page',
        { functionKey: adminKeys.getSettings, payload: {} },
        { accountId: harness.accountIdOf(demo.customer), extension: {} },
      );
    });

    const answers = json.filter((line) => line.msg === 'resolver answered');
    expect(answers.map((line) => [line.definition, line.outcome])).toEqual([
      ['portal.getGuide', 'ok'],
      [agentKeys.recordFact, 'ok'],
      [adminKeys.getSettings, 'FORBIDDEN'],
    ]);
    for (const line of answers) expect(line.durationMs).toEqual(expect.any(Number));
  });

  it('never carry a comment body, an installer’s name, a person’s name or an email', async () => {
    const extension = { type: 'jira:issuePanel', issue: { key: 'FS-10', id: '10010' } };

    const { raw } = await capture(async () => {
      postComment(harness, demo.customer, resolvedRequest, privateWords);
      postComment(harness, demo.otherCustomer, 'FS-3', privateWords);
      postComment(harness, demo.agent, 'FS-2', privateWords, false);
      await harness.emulator.invokeResolver(
        'status-guide-agent-panel',
        {
          functionKey: agentKeys.recordFact,
          payload: {
            change: { fact: 'installer', value: { name: privateWords, phone: '021 555 0101' } },
          },
        },
        { accountId: harness.accountIdOf(demo.agent), extension },
      );
      await harness.settle();
    });

    const people = harness.site.state.users.flatMap((user) => [user.email, user.displayName]);
    const leaks = raw.filter((line) =>
      [privateWords, 'Zebracorn', '021 555 0101', ...people].some((word) => line.includes(word)),
    );
    expect(raw.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});
