// Random and oversized input thrown at the triggers and resolvers: nothing crashes, nothing
// rejects unhandled, every refusal is logged with a reason, and nothing is written by halves.
import fc from 'fast-check';

import { agentKeys } from '../../src/contracts/agent';
import { portalChecklistKeys } from '../../src/contracts/checklist';
import { portalKeys } from '../../src/contracts/portal';
import { projectKeys } from '../../src/contracts/project';
import { configForPreset } from '../../src/domain/config/preset-defaults';
import { onCommentEvent, onIssueUpdatedEvent } from '../../src/index';
import { callProjectSettings } from '../support/project-settings-calls';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, commentPayload, postComment } from './support';

const agentPanel = 'status-guide-agent-panel';
const portalPanel = 'status-guide-portal-panel';

/** JSON-like values of every shape, with strings up to 20,000 characters now and then. */
const hostileValue = fc.oneof(
  { weight: 4, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.string({ minLength: 10_000, maxLength: 20_000 }) },
  { weight: 1, arbitrary: fc.array(fc.string(), { minLength: 1_000, maxLength: 2_000 }) },
);

/** The app's own JSON log lines written while `body` runs, parsed. */
const captureAppLog = async (body: () => Promise<void>): Promise<Record<string, unknown>[]> => {
  const lines: string[] = [];
  const spies = (['log', 'warn', 'error'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...parts: unknown[]) => {
      lines.push(parts.map(String).join(' '));
    }),
  );
  try {
    await body();
  } finally {
    spies.forEach((spy) => {
      spy.mockRestore();
    });
  }
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
};

/** Puts a hostile value at one random path of a valid payload. */
const corrupt = (
  payload: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): unknown => {
  const copy = structuredClone(payload);
  let node: Record<string, unknown> = copy;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      node[key] = value;
    } else {
      const next = node[key];
      if (next === null || typeof next !== 'object') return copy;
      node = next as Record<string, unknown>;
    }
  }
  return copy;
};

const payloadPaths = fc.constantFrom(
  ['issue'],
  ['issue', 'key'],
  ['issue', 'id'],
  ['issue', 'fields'],
  ['comment'],
  ['comment', 'id'],
  ['comment', 'author'],
  ['comment', 'author', 'accountId'],
  ['comment', 'body'],
  ['comment', 'created'],
  ['comment', 'updated'],
  ['comment', 'jsdPublic'],
  ['eventType'],
  ['atlassianId'],
);

describe('hostile input', () => {
  let harness: Harness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };

  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
  });

  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  beforeEach(async () => {
    unhandled.length = 0;
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  afterAll(() => {
    // A rejection nobody handled would otherwise pass unseen; the hooks above collect them.
    if (unhandled.length > 0) throw new Error(`Unhandled rejections: ${String(unhandled[0])}`);
  });

  it('shrugs off any value as a comment or issue-updated event, writing nothing and saying why', async () => {
    const before = structuredClone(harness.site.requireIssue(resolvedRequest));

    await fc.assert(
      fc.asyncProperty(hostileValue, async (payload) => {
        const log = await captureAppLog(async () => {
          await expect(onCommentEvent(payload)).resolves.toBeUndefined();
          await expect(onIssueUpdatedEvent(payload)).resolves.toBeUndefined();
        });

        // Each delivery ends in one decision line that says what happened and why.
        const decisions = log.filter((line) => typeof line.outcome === 'string');
        expect(decisions.length).toBeGreaterThanOrEqual(2);
        for (const line of decisions) expect(typeof line.msg).toBe('string');
      }),
      { numRuns: 60 },
    );

    expect(appTransitions(harness)).toEqual([]);
    expect(harness.site.requireIssue(resolvedRequest)).toEqual(before);
  });

  it('acts at most once, whatever part of a real comment event is corrupted', async () => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    const valid = commentPayload(harness, resolvedRequest, (answer.body as { id: string }).id);
    await harness.settle();
    const transitionsBefore = appTransitions(harness).length;

    await fc.assert(
      fc.asyncProperty(payloadPaths, hostileValue, async (path, value) => {
        await expect(onCommentEvent(corrupt(valid, path, value))).resolves.toBeUndefined();
      }),
      { numRuns: 80 },
    );

    // The real delivery already reopened the request; no corrupted copy may act again.
    expect(transitionsBefore).toBe(1);
    expect(appTransitions(harness)).toHaveLength(1);
    const appIds = new Set(
      harness.site.state.users.filter((user) => user.accountType === 'app').map((u) => u.accountId),
    );
    const notes = harness.site
      .requireIssue(resolvedRequest)
      .comments.filter((comment) => appIds.has(comment.authorId));
    expect(notes).toHaveLength(1);
  });

  it('answers any payload to an agent’s fact action with a result, and saves nothing it refused', async () => {
    const extension = { type: 'jira:issuePanel', issue: { key: 'FS-8', id: '10008' } };

    await fc.assert(
      fc.asyncProperty(hostileValue, async (payload) => {
        const stateBefore = structuredClone(
          harness.site.requireIssue('FS-8').properties['status-guide'],
        );

        const answer = (await harness.emulator.invokeResolver(
          agentPanel,
          { functionKey: agentKeys.recordFact, payload: { change: payload } },
          { accountId: harness.accountIdOf(demo.agent), extension },
        )) as { ok: boolean; error?: { code: string; message: string } };

        if (!answer.ok) {
          expect(answer.error?.code).toBe('INVALID_INPUT');
          expect(answer.error?.message).toEqual(expect.any(String));
          expect(harness.site.requireIssue('FS-8').properties['status-guide']).toEqual(stateBefore);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives a customer nothing but a guide or a refusal, whatever the payload and context', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, hostileValue, async (payload, requestKey) => {
        const answer = (await harness.emulator.invokeResolver(
          portalPanel,
          { functionKey: portalKeys.getGuide, payload },
          {
            accountId: harness.accountIdOf(demo.customer),
            extension: {
              type: 'jiraServiceManagement:portalRequestDetail',
              request: { key: requestKey, typeId: '10' },
              portal: { id: '1' },
            },
          },
        )) as { ok: boolean; error?: { code: string } };

        expect(answer.ok ? 'ok' : answer.error?.code).toMatch(/^(ok|NOT_FOUND|FORBIDDEN)$/);
      }),
      { numRuns: 60 },
    );
  });
  it('refuses any broken configuration import whole, naming fields, and keeps what was stored', async () => {
    const valid = configForPreset('it-service-desk');
    valid.rules.reopen.targetStatus = 'Triage';
    valid.rules.handBack.targetStatus = 'Working on it';
    const paths = fc.constantFrom(
      ['companyName'],
      ['version'],
      ['preset'],
      ['statusMapping'],
      ['rules'],
      ['rules', 'reopen'],
      ['rules', 'reopen', 'windowDays'],
      ['rules', 'handBack', 'targetStatus'],
      ['calendar'],
      ['accounts', 'installers'],
      ['wording', 'entries'],
      ['notes'],
      ['notes', 'afterWindow'],
      ['checklists'],
    );
    const stored = () => JSON.stringify(harness.site.state.appStorage);

    await fc.assert(
      fc.asyncProperty(paths, hostileValue, async (path, value) => {
        const before = stored();
        const document = corrupt(valid, path, value);

        const answer = (await callProjectSettings(harness, 'IT', projectKeys.saveSettings, {
          config: document,
        })) as { ok: boolean; error?: { code: string; fields?: Record<string, string> } };

        if (!answer.ok) {
          expect(answer.error?.code).toBe('INVALID_INPUT');
          expect(Object.keys(answer.error?.fields ?? {}).length).toBeGreaterThan(0);
          expect(stored()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('takes or refuses any value a customer types into the checklist, saving nothing it refused', async () => {
    const waiting = 'FS-4';

    await fc.assert(
      fc.asyncProperty(hostileValue, hostileValue, async (itemId, value) => {
        const before = JSON.stringify(harness.site.requireIssue(waiting));

        const answer = (await harness.emulator.invokeResolver(
          portalPanel,
          { functionKey: portalChecklistKeys.supplyItem, payload: { itemId, value } },
          {
            accountId: harness.accountIdOf(demo.customer),
            extension: {
              type: 'jiraServiceManagement:portalRequestDetail',
              request: { key: waiting, typeId: '10' },
              portal: { id: '1' },
            },
          },
        )) as { ok: boolean; error?: { code: string } };

        if (!answer.ok) {
          expect(answer.error?.code).toMatch(/^(INVALID_INPUT|NOT_FOUND)$/);
          expect(JSON.stringify(harness.site.requireIssue(waiting))).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
