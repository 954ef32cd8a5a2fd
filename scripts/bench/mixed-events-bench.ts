import { agentKeys } from '../../src/contracts/agent';
import { defaultConfig } from '../../src/domain/config/defaults';
import { demo, type Harness, startHarness } from '../../test/support/sandbox-harness';
import { ms, percentiles } from './stats';

/** Figures of one kind of event in the mixed run. */
export interface MixedFigure {
  kind: string;
  events: number;
  deliveries: number;
  /** The app's REST calls to Jira per event, on average, retries and duplicates included. */
  restCallsPerEvent: number;
  p50Ms: number;
  p95Ms: number;
}

/** What the mixed run found: per kind, and whether every intended action happened once. */
export interface MixedRun {
  events: number;
  duplicates: number;
  rateLimited: number;
  requests: number;
  /** Requests whose moves were not exactly dispatch, completion and reopen, once each. */
  requestsWrong: number;
  figures: MixedFigure[];
}

type ForgeFetch = (t: { type?: string }, p: string, i?: RequestInit) => Promise<Response>;

/** A small seeded generator, so every run injects the same faults. */
const seeded = (seed: number) => {
  let state = seed;
  return (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
};

/** One step of a field-maintenance request's life, as people on the site make it. */
interface Step {
  kind: string;
  act: (harness: Harness, key: string) => Promise<void>;
}

const move = (id: string, email: string) => (harness: Harness, key: string) => {
  harness.site.transition(key, id, harness.accountIdOf(email));
  return Promise.resolve();
};

const comment =
  (email: string, body: string, isPublic = true) =>
  (harness: Harness, key: string) => {
    harness.rest(email, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
      body,
      public: isPublic,
    });
    return Promise.resolve();
  };

/** Records the dispatch as the agent would, trying again while Jira answers 429 or 5xx. */
const recordDispatch = async (harness: Harness, key: string): Promise<void> => {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const answer = (await harness.emulator.invokeResolver(
      'status-guide-agent-panel',
      {
        functionKey: agentKeys.recordFact,
        payload: {
          change: {
            fact: 'dispatch',
            value: { dispatchedOn: new Date().toISOString().slice(0, 10), carrierReference: '' },
          },
        },
      },
      { accountId: harness.accountIdOf(demo.agent), extension: { issue: { key } } },
    )) as { ok: boolean };
    if (answer.ok) break;
  }
  // A move Jira refused while busy waits for the next sweep, as on Forge.
  for (let sweep = 0; sweep < 5 && harness.statusOf(key) === 'Awaiting Dispatch'; sweep += 1) {
    await harness.emulator.scheduler.runNow('status-guide-sweeps');
  }
  if (harness.statusOf(key) !== 'Assigned to Installer') {
    throw new Error(`The dispatch of ${key} did not move it.`);
  }
};

const journey: Step[] = [
  { kind: 'agent starts work (issue updated)', act: move('11', demo.agent) },
  { kind: 'order processed (issue updated)', act: move('61', demo.agent) },
  { kind: 'internal note by an agent', act: comment(demo.agent, 'Ordered from stock.', false) },
  { kind: 'dispatch recorded in the agent panel', act: recordDispatch },
  { kind: 'installer books (issue updated)', act: move('91', demo.installer) },
  { kind: 'public reply by an agent', act: comment(demo.agent, 'The installer is booked.') },
  { kind: 'installer completion comment', act: comment(demo.installer, 'Job complete.') },
  { kind: 'customer comment on the resolved request', act: comment(demo.customer, 'Broke again.') },
];

/**
 * Sends `events` events through the sandbox in field-maintenance journeys, redelivering 5% of
 * the deliveries and answering 2% of the app's Jira calls with 429 and Retry-After, then runs
 * the sweeps once, and checks that every request moved exactly three times (dispatch,
 * completion, reopen). Returns the figures per kind of event.
 */
export const benchMixedEvents = async (events: number): Promise<MixedRun> => {
  const harness = await startHarness({ retryDelayScale: 0.0001 });
  const config = structuredClone(defaultConfig);
  config.accounts.installers = [harness.accountIdOf(demo.installer)];
  harness.site.state.appStorage['config:site'] = config;
  const random = seeded(7);
  const runtime = globalThis as unknown as { __forge_fetch__: ForgeFetch };
  const original = runtime.__forge_fetch__;
  let rateLimited = 0;
  runtime.__forge_fetch__ = (target, path, init) => {
    if (target.type === 'fpp' && random() < 0.02) {
      rateLimited += 1;
      const body = JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} });
      return Promise.resolve(new Response(body, { status: 429, headers: { 'Retry-After': '1' } }));
    }
    return original(target, path, init);
  };

  const samples = new Map<string, { ms: number[]; rest: number; deliveries: number }>();
  const keys: string[] = [];
  let sent = 0;
  let duplicates = 0;
  try {
    while (sent < events) {
      const raised = harness.rest(demo.customer, 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId: '1',
        requestTypeId: '12',
        requestFieldValues: { summary: 'Fit a unit' },
      });
      const key = (raised.body as { issueKey: string }).issueKey;
      keys.push(key);
      await harness.settle();
      for (const step of journey) {
        harness.log.clear();
        const before = harness.emulator.events.delivered.length;
        await step.act(harness, key);
        await harness.settle();
        for (const delivery of harness.emulator.events.delivered.slice(before)) {
          if (delivery.attempt === 1 && random() < 0.05) {
            duplicates += 1;
            harness.emulator.events.redeliver(delivery);
          }
        }
        await harness.settle();
        const sample = samples.get(step.kind) ?? { ms: [], rest: 0, deliveries: 0 };
        // Handler time: what the app's functions (triggers and the resolver) spent on the event.
        sample.ms.push(
          harness.log.ofType('invocation').reduce((total, entry) => total + entry.durationMs, 0),
        );
        sample.rest += harness.log.ofType('rest').filter((e) => e.source === 'app').length;
        sample.deliveries += harness.log
          .ofType('invocation')
          .filter((e) => e.kind === 'trigger').length;
        samples.set(step.kind, sample);
        sent += 1;
      }
    }
  } finally {
    runtime.__forge_fetch__ = original;
  }
  harness.log.clear();
  await harness.emulator.scheduler.runNow('status-guide-sweeps');
  await harness.settle();

  const wrong = keys.filter((key) => {
    const moves = harness.site
      .requireIssue(key)
      .changelog.filter((entry) => entry.authorId === harness.site.appUser().accountId)
      .map((entry) => entry.items[0]?.toString);
    return moves.join(' > ') !== 'Assigned to Installer > Resolved > In Review';
  });

  return {
    events: sent,
    duplicates,
    rateLimited,
    requests: keys.length,
    requestsWrong: wrong.length,
    figures: [...samples].map(([kind, sample]) => {
      const { p50, p95 } = percentiles(sample.ms);
      return {
        kind,
        events: sample.ms.length,
        deliveries: sample.deliveries,
        restCallsPerEvent: Math.round((sample.rest / sample.ms.length) * 100) / 100,
        p50Ms: ms(p50),
        p95Ms: ms(p95),
      };
    }),
  };
};
