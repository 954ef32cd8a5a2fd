import { FaultDice, noFaults } from '../../sandbox/forge/faults';
import { demo, type Harness, startHarness } from '../../test/support/sandbox-harness';
import { ms, percentiles } from './stats';

/** What a run of many mixed comment events under delivery faults and 429s came to. */
export interface FaultRunFigure {
  events: number;
  /** Deliveries Forge made twice on purpose. */
  duplicates: number;
  /** Invocations that answered with a retry (after a 429 or a busy state). */
  retries: number;
  /** Requests a customer comment was to reopen or hand back. */
  intendedActions: number;
  /** Of those, requests moved exactly once. */
  appliedExactlyOnce: number;
  /** Requests moved twice, or not at all though a customer wrote. */
  violations: number;
  restCallsPerEvent: number;
  handlerP50Ms: number;
  handlerP95Ms: number;
}

const startWork = '11';
const askCustomer = '21';
const resolve = '141';

const comment = (harness: Harness, email: string, key: string, body: string, isPublic = true) =>
  harness.rest(email, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
    body,
    public: isPublic,
  });

/** Raises requests for the run, half resolved, half waiting for the customer. */
const raise = (harness: Harness, count: number): string[] =>
  Array.from({ length: count }, (_, index) => {
    const issue = harness.site.createRequest({
      projectKey: 'FS',
      requestTypeId: '10',
      reporterId: harness.accountIdOf(demo.customer),
      summary: `Unit ${index} offline`,
      description: 'Since this morning.',
    });
    const agentId = harness.accountIdOf(demo.agent);
    harness.site.transition(issue.key, startWork, agentId);
    harness.site.transition(issue.key, index % 2 === 0 ? resolve : askCustomer, agentId);
    return issue.key;
  });

/**
 * Sends `events` mixed comment events (customers' replies, agents' replies and internal notes)
 * over a set of resolved and waiting requests, with 5% of deliveries duplicated, deliveries
 * reordered and 2% of Jira calls answered 429, and checks that every request a customer wrote on
 * was moved exactly once.
 */
export const benchFaultRun = async (events: number): Promise<FaultRunFigure> => {
  const harness = await startHarness();
  const keys = raise(harness, Math.max(2, Math.round(events / 50)));
  await harness.settle();
  const delivered = harness.emulator.events.delivered.length;
  // The log keeps only its latest entries, so the run counts as the entries come.
  const seen = { restCalls: 0, accepted: 0, retries: 0, durations: [] as number[] };
  harness.log.observe((entry) => {
    if (entry.type === 'rest' && entry.source === 'app') seen.restCalls += 1;
    if (entry.type === 'event') seen.accepted += entry.delivered.length;
    if (entry.type === 'invocation' && entry.kind === 'trigger') {
      seen.durations.push(entry.durationMs);
      if (entry.outcome.startsWith('retry in')) seen.retries += 1;
    }
  });
  harness.emulator.setFaults({
    ...noFaults,
    duplicateRate: 0.05,
    maxDelayMs: 5,
    rateLimitRate: 0.02,
    retryAfterSeconds: 2,
    seed: 42,
  });

  const written = new Set<string>();
  const dice = new FaultDice(7);
  for (let index = 0; index < events; index += 1) {
    const key = keys[dice.upTo(keys.length - 1)] ?? 'FS-1';
    const kind = dice.upTo(3);
    if (kind === 0) {
      comment(harness, demo.customer, key, 'Still offline, registration ABC123.');
      written.add(key);
    } else if (kind === 1) comment(harness, demo.agent, key, 'Looking into it.');
    else comment(harness, demo.agent, key, 'Checked the logs.', false);
    if (index % 50 === 49) await harness.settle();
  }
  await harness.settle();
  harness.emulator.setFaults(noFaults);

  const appId = harness.site.appUser().accountId;
  const movesOf = (key: string) =>
    harness.site.requireIssue(key).changelog.filter((entry) => entry.authorId === appId).length;
  const once = [...written].filter((key) => movesOf(key) === 1).length;
  const wrongly = keys.filter((key) => (written.has(key) ? movesOf(key) !== 1 : movesOf(key) > 0));
  const firsts = harness.emulator.events.delivered.slice(delivered).filter((d) => d.attempt === 1);
  const { p50, p95 } = percentiles(seen.durations);

  return {
    events,
    duplicates: firsts.length - seen.accepted,
    retries: seen.retries,
    intendedActions: written.size,
    appliedExactlyOnce: once,
    violations: wrongly.length,
    restCallsPerEvent: Math.round((seen.restCalls / events) * 100) / 100,
    handlerP50Ms: ms(p50),
    handlerP95Ms: ms(p95),
  };
};
