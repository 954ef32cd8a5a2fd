// Random sequences of customer, agent and internal comments, agents' moves, duplicate
// deliveries and Jira failures: the comment rules never move a request twice for one episode,
// never loop, and never lose an action the status model asks for.
import fc from 'fast-check';

import { noFaults } from '../../sandbox/forge/faults';
import { defaultConfig } from '../../src/domain/config/defaults';
import { standingOf } from '../../src/services/request-history';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';
import { failedTriggerRuns, passTime, postComment } from './support';

jest.setTimeout(120_000);

/** The seeded requests the sequences work on: resolved, waiting for the customer, on a quote. */
const keys = ['FS-1', 'FS-4', 'FS-5'] as const;
/** Agents' moves: start work, ask the customer, send a quote, resolve, reopen. */
const agentMoves = ['11', '21', '31', '141', '151'] as const;

type Step =
  | { kind: 'customer-comment'; key: string; text: string }
  | { kind: 'agent-comment'; key: string; isPublic: boolean }
  | { kind: 'agent-move'; key: string; transitionId: string }
  | { kind: 'redeliver'; pick: number }
  | { kind: 'let-deliveries-run' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('customer-comment' as const),
    key: fc.constantFrom(...keys),
    text: fc.constantFrom('Still broken.', 'thanks', 'ABC123, at the depot.', 'works now, thanks'),
  }),
  fc.record({
    kind: fc.constant('agent-comment' as const),
    key: fc.constantFrom(...keys),
    isPublic: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('agent-move' as const),
    key: fc.constantFrom(...keys),
    transitionId: fc.constantFrom(...agentMoves),
  }),
  fc.record({ kind: fc.constant('redeliver' as const), pick: fc.nat() }),
  fc.constant({ kind: 'let-deliveries-run' as const }),
);

const run = async (harness: Harness, steps: Step[]): Promise<void> => {
  for (const next of steps) {
    if (next.kind === 'customer-comment') postComment(harness, demo.customer, next.key, next.text);
    if (next.kind === 'agent-comment') {
      postComment(harness, demo.agent, next.key, 'Looking into it.', next.isPublic);
    }
    if (next.kind === 'agent-move') {
      const issue = harness.site.requireIssue(next.key);
      const offered = harness.site
        .availableTransitions(issue)
        .some((t) => t.id === next.transitionId);
      if (offered)
        harness.site.transition(next.key, next.transitionId, harness.accountIdOf(demo.agent));
    }
    if (next.kind === 'redeliver') {
      const past = harness.emulator.events.delivered;
      const delivery = past[next.pick % Math.max(1, past.length)];
      if (delivery) harness.emulator.events.redeliver(delivery);
    }
    if (next.kind === 'let-deliveries-run') await new Promise((resolve) => setTimeout(resolve, 3));
    // People act milliseconds apart at least, so no two changes share a timestamp.
    passTime(2);
  }
  await harness.settle();
};

const toMs = (instant: string) => Date.parse(instant.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

/** Status moves of a request, oldest first, with who made them. */
const movesOf = (harness: Harness, key: string) =>
  harness.site.requireIssue(key).changelog.flatMap((entry) =>
    entry.items
      .filter((item) => item.field === 'status')
      .map((item) => ({
        by: entry.authorId,
        from: item.fromString ?? '',
        to: item.toString ?? '',
        at: toMs(entry.created),
      })),
  );

describe('the comment rules over random sequences of events', () => {
  it('never moves twice for one episode, never loops and never loses an action', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 14 }),
        fc.record({
          duplicateRate: fc.constantFrom(0, 0.3),
          hasJiraFaults: fc.boolean(),
          seed: fc.nat(),
        }),
        async (steps, faults) => {
          const harness = await startHarness();
          harness.emulator.setFaults({
            ...noFaults,
            duplicateRate: faults.duplicateRate,
            maxDelayMs: 5,
            maxLatencyMs: 4,
            rateLimitRate: faults.hasJiraFaults ? 0.02 : 0,
            serverErrorRate: faults.hasJiraFaults ? 0.01 : 0,
            seed: faults.seed,
          });
          await run(harness, steps);
          harness.emulator.setFaults(noFaults);
          const appId = harness.site.appUser().accountId;

          for (const key of keys) {
            const moves = movesOf(harness, key);
            // The app only ever moves a request out of a status where a comment rule acts, and
            // only once per episode: an agent's move into that status lies between two of its moves.
            moves.forEach((move, index) => {
              if (move.by !== appId) return;
              expect([key, standingOf(move.from, defaultConfig)]).not.toEqual([key, 'other']);
              const previousOwn = moves.slice(0, index).findLastIndex((m) => m.by === appId);
              const agentInBetween = moves
                .slice(previousOwn + 1, index)
                .some((m) => m.by !== appId);
              expect([key, previousOwn === -1 || agentInBetween]).toEqual([key, true]);
            });

            // Nothing lost: a customer's comment written in the episode the request is still in
            // would have moved it on.
            const issue = harness.site.requireIssue(key);
            const standing = standingOf(harness.statusOf(key), defaultConfig);
            if (standing === 'other') continue;
            const episodeStart = moves.at(-1)?.at ?? Number.NEGATIVE_INFINITY;
            const unanswered = issue.comments.filter(
              (comment) =>
                comment.authorId === harness.accountIdOf(demo.customer) &&
                comment.isPublic &&
                toMs(comment.created) >= episodeStart,
            );
            expect([key, harness.statusOf(key), unanswered.map((c) => c.body)]).toEqual([
              key,
              harness.statusOf(key),
              [],
            ]);
          }
          // No loop: no change the app made (its moves, its notes) ever reached a trigger, and
          // every delivery came to an end.
          expect(harness.emulator.events.delivered.filter((d) => d.actorId === appId)).toEqual([]);
          expect(
            failedTriggerRuns(harness).filter((r) => !r.outcome.startsWith('retry in')),
          ).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 20261204 },
    );
  });
});
