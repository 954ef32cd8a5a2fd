// Every intended action of the comment rules lands exactly once while the sandbox duplicates,
// delays and reorders deliveries and Jira answers 429 (with Retry-After) or 500.
import { noFaults, type SandboxFaults } from '../../sandbox/forge/faults';
import { defaultConfig } from '../../src/domain/config/defaults';
import { composeReopenNote } from '../../src/domain/rules/reopen-note';
import { appComments, recordedActions } from '../support/comment-rules';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';
import {
  agentTransition,
  appTransitions,
  failedTriggerRuns,
  passTime,
  postComment,
} from './support';

const transitionIds = { askCustomer: '21', resolve: '141', startWork: '11' };

/** Raises `count` requests, half resolved and half waiting for the customer. */
const raiseRequests = (
  harness: Harness,
  count: number,
): { resolved: string[]; waiting: string[] } => {
  const resolved: string[] = [];
  const waiting: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const issue = harness.site.createRequest({
      projectKey: 'FS',
      requestTypeId: '10',
      reporterId: harness.accountIdOf(demo.customer),
      summary: `Unit ${index} offline`,
      description: 'Since this morning.',
    });
    agentTransition(harness, issue.key, transitionIds.startWork);
    const isResolved = index % 2 === 0;
    agentTransition(
      harness,
      issue.key,
      isResolved ? transitionIds.resolve : transitionIds.askCustomer,
    );
    (isResolved ? resolved : waiting).push(issue.key);
  }
  return { resolved, waiting };
};

const faulty = (overrides: Partial<SandboxFaults>): SandboxFaults => ({
  ...noFaults,
  ...overrides,
});

jest.setTimeout(30_000);

describe('the comment rules under faulty delivery and a failing Jira', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    harness.emulator.setFaults(noFaults);
    await harness.settle();
  });

  type Delivered = Harness['emulator']['events']['delivered'];
  const retried = (h: Harness) =>
    h.log.ofType('invocation').some((run) => run.outcome.startsWith('retry in'));
  const firstAttempts = (deliveries: Delivered) => deliveries.filter((d) => d.attempt === 1);
  const duplicated = (h: Harness, deliveries: Delivered) =>
    firstAttempts(deliveries).length >
    h.log.ofType('event').reduce((total, event) => total + event.delivered.length, 0);
  const reordered = (_h: Harness, deliveries: Delivered) => {
    const ids = firstAttempts(deliveries).map((d) =>
      Number((d.payload.comment as { id: string }).id),
    );
    return ids.some((id, index) => index > 0 && id < (ids[index - 1] ?? 0));
  };

  it.each([
    ['every event delivered twice', faulty({ duplicateRate: 1 }), duplicated],
    ['deliveries delayed and reordered', faulty({ maxDelayMs: 30, seed: 3 }), reordered],
    [
      '429s with Retry-After on a fifth of Jira calls',
      faulty({ rateLimitRate: 0.2, retryAfterSeconds: 7, seed: 5 }),
      retried,
    ],
    ['500s on a tenth of Jira calls', faulty({ serverErrorRate: 0.1, seed: 11 }), retried],
    [
      'all of it at once',
      faulty({
        duplicateRate: 0.3,
        maxDelayMs: 20,
        rateLimitRate: 0.1,
        serverErrorRate: 0.05,
        seed: 17,
      }),
      (h: Harness, d: Delivered) => retried(h) && duplicated(h, d) && reordered(h, d),
    ],
  ])(
    'moves each request exactly once and notes each reopen once with %s',
    async (_faults, faults, showsFault) => {
      await harness.settle();
      const { resolved, waiting } = raiseRequests(harness, 12);
      await harness.settle();
      harness.log.clear();
      const earlier = harness.emulator.events.delivered.length;
      harness.emulator.setFaults(faults);

      for (const key of [...resolved, ...waiting]) {
        postComment(harness, demo.customer, key, 'It is still offline.');
        passTime(1);
        postComment(harness, demo.customer, key, 'Registration ABC123, at the depot.');
      }
      await harness.settle();

      for (const key of resolved) {
        expect([key, harness.statusOf(key)]).toEqual([key, 'In Review']);
        expect(appTransitions(harness, key).filter((call) => call.status === 204)).toHaveLength(1);
        expect(appComments(harness, key)).toEqual([
          { body: composeReopenNote(defaultConfig), isPublic: true },
        ]);
        expect(recordedActions(harness, key).map((action) => action.rule)).toEqual(['reopen']);
      }
      for (const key of waiting) {
        expect([key, harness.statusOf(key)]).toEqual([key, 'In Progress']);
        expect(appTransitions(harness, key).filter((call) => call.status === 204)).toHaveLength(1);
        expect(recordedActions(harness, key).map((action) => action.rule)).toEqual(['hand-back']);
      }
      expect(
        failedTriggerRuns(harness).filter((run) => !run.outcome.startsWith('retry in')),
      ).toEqual([]);
      expect(showsFault(harness, harness.emulator.events.delivered.slice(earlier))).toBe(true);
    },
  );

  it('asks Forge to retry after the Retry-After Jira sent', async () => {
    harness.emulator.setFaults(faulty({ rateLimitRate: 1, retryAfterSeconds: 7 }));

    postComment(harness, demo.customer, 'FS-4', 'ABC123.');
    await new Promise((resolve) => setTimeout(resolve, 5));
    harness.emulator.setFaults(noFaults);
    await harness.settle();

    const runs = harness.log
      .ofType('invocation')
      .filter((run) => run.functionKey === 'comment-trigger');
    expect(runs[0]?.outcome).toBe('retry in 7s');
    expect(runs.at(-1)?.outcome).toBe('done');
    expect(harness.statusOf('FS-4')).toBe('In Progress');
  });
});
