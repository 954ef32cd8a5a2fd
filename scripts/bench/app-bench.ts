import { performance } from 'node:perf_hooks';

import { agentKeys } from '../../src/contracts/agent';
import { portalKeys } from '../../src/contracts/portal';
import { demo, type Harness, startHarness } from '../../test/support/sandbox-harness';
import { ms, percentiles } from './stats';

/** Figures for one resolver definition or one event kind. */
export interface AppFigure {
  what: string;
  /** Function invocations per call or event (the resolver's one, or the triggers run). */
  invocations: number;
  /** REST calls the app made to Jira per call or event, the most seen. */
  restCalls: number;
  p50Ms: number;
  p95Ms: number;
}

/** How many event deliveries the manifest's filters (expression, ignoreSelf) spared the app. */
export interface FilterFigure {
  eventsRaised: number;
  deliveriesMade: number;
  deliveriesAvoided: number;
}

const appRestCalls = (harness: Harness): number =>
  harness.log.ofType('rest').filter((entry) => entry.source === 'app').length;

const figureOf = (what: string, samples: { ms: number; rest: number; runs: number }[]) => {
  const { p50, p95 } = percentiles(samples.map((sample) => sample.ms));
  return {
    what,
    invocations: Math.max(...samples.map((sample) => sample.runs)),
    restCalls: Math.max(...samples.map((sample) => sample.rest)),
    p50Ms: ms(p50),
    p95Ms: ms(p95),
  };
};

const resolverFigure = async (
  harness: Harness,
  runs: number,
  what: string,
  call: () => Promise<unknown>,
): Promise<AppFigure> => {
  await call();
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    harness.log.clear();
    const started = performance.now();
    await call();
    samples.push({ ms: performance.now() - started, rest: appRestCalls(harness), runs: 1 });
  }
  return figureOf(what, samples);
};

/** Raises one event on a fresh site per run and times the triggers it runs. */
const eventFigure = async (
  runs: number,
  what: string,
  raise: (harness: Harness) => void,
): Promise<AppFigure> => {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const harness = await startHarness();
    harness.log.clear();
    raise(harness);
    await harness.settle();
    const triggers = harness.log.ofType('invocation').filter((entry) => entry.kind === 'trigger');
    samples.push({
      ms: triggers.reduce((total, entry) => total + entry.durationMs, 0),
      rest: appRestCalls(harness),
      runs: triggers.length,
    });
  }
  return figureOf(what, samples);
};

/** Runs the scheduled sweeps on a fresh demo site per run; `warmRuns` runs first go unmeasured. */
const sweepFigure = async (runs: number, what: string, warmRuns: number): Promise<AppFigure> => {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const harness = await startHarness();
    for (let warm = 0; warm < warmRuns; warm += 1) {
      await harness.emulator.scheduler.runNow('status-guide-sweeps');
      await harness.settle();
    }
    harness.log.clear();
    await harness.emulator.scheduler.runNow('status-guide-sweeps');
    await harness.settle();
    const triggers = harness.log.ofType('invocation').filter((entry) => entry.kind === 'trigger');
    samples.push({
      ms: triggers.reduce((total, entry) => total + entry.durationMs, 0),
      rest: appRestCalls(harness),
      runs: triggers.length,
    });
  }
  return figureOf(what, samples);
};

/** A repeated delivery of a comment event the rules already acted on. */
const redeliveryFigure = async (runs: number): Promise<AppFigure> => {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const harness = await startHarness();
    comment(harness, demo.customer, 'FS-1', 'It stopped reporting again.');
    await harness.settle();
    const [delivery] = harness.emulator.events.delivered;
    if (!delivery) throw new Error('the reopen was not delivered');
    harness.log.clear();
    harness.emulator.events.redeliver(delivery);
    await harness.settle();
    const triggers = harness.log.ofType('invocation').filter((entry) => entry.kind === 'trigger');
    samples.push({
      ms: triggers.reduce((total, entry) => total + entry.durationMs, 0),
      rest: appRestCalls(harness),
      runs: triggers.length,
    });
  }
  return figureOf('the same comment event delivered again', samples);
};

const comment = (harness: Harness, email: string, key: string, body: string, isPublic = true) =>
  harness.rest(email, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
    body,
    public: isPublic,
  });

/** Times the panels' resolvers and the triggers on the demo site; counts REST calls per kind. */
export const benchApp = async (runs: number): Promise<AppFigure[]> => {
  const harness = await startHarness();
  const agentPanel = (key: string) =>
    harness.emulator.invokeResolver(
      'status-guide-agent-panel',
      { functionKey: agentKeys.getOverview, payload: {} },
      {
        accountId: harness.accountIdOf(demo.agent),
        extension: { issue: { key }, project: { key: 'FS' } },
      },
    );
  const portalPanel = (key: string) =>
    harness.emulator.invokeResolver(
      'status-guide-portal-panel',
      { functionKey: portalKeys.getGuide, payload: {} },
      {
        accountId: harness.accountIdOf(demo.customer),
        extension: {
          type: 'jiraServiceManagement:portalRequestDetail',
          request: { key, typeId: '12' },
          portal: { id: '1' },
        },
      },
    );

  return [
    await resolverFigure(harness, runs, 'agent panel: getOverview', () => agentPanel('FS-8')),
    await resolverFigure(harness, runs, 'portal panel: getGuide', () => portalPanel('FS-8')),
    await eventFigure(runs, 'customer comment on a resolved request (reopen)', (site) => {
      comment(site, demo.customer, 'FS-1', 'It stopped reporting again.');
    }),
    await eventFigure(runs, 'agent moves a request on (clocks, rules, checklist)', (site) => {
      site.rest(demo.agent, 'POST', '/rest/api/3/issue/FS-2/transitions', {
        transition: { id: '11' },
      });
    }),
    await eventFigure(runs, 'customer reply on a waiting request (hand back)', (site) => {
      comment(site, demo.customer, 'FS-4', 'The registration is ABC123.');
    }),
    await eventFigure(runs, 'agent’s public comment (filtered in the app)', (site) => {
      comment(site, demo.agent, 'FS-3', 'We are on it.');
    }),
    await eventFigure(runs, 'agent’s public closing note on a resolved request', (site) => {
      comment(site, demo.agent, 'FS-1', 'Closing note: the SIM was replaced.');
    }),
    await eventFigure(runs, 'agent’s internal note (filtered by the manifest)', (site) => {
      comment(site, demo.agent, 'FS-1', 'Checked the logs.', false);
    }),
    await eventFigure(runs, 'satisfaction rating with a remark', (site) => {
      site.rest(demo.customer, 'POST', '/rest/servicedeskapi/request/FS-1/feedback', {
        type: 'csat',
        rating: 4,
        comment: { body: 'Quick, thanks.' },
      });
    }),
    await redeliveryFigure(runs),
    await sweepFigure(runs, 'scheduled sweeps on the demo site (advises FS-11)', 0),
    await sweepFigure(runs, 'scheduled sweeps again (nothing new to do)', 1),
  ];
};

/** Raises a mix of comments and counts the deliveries the manifest's filters avoided. */
export const benchFilters = async (): Promise<FilterFigure> => {
  const harness = await startHarness();
  harness.log.clear();
  comment(harness, demo.agent, 'FS-3', 'Checked the logs.', false);
  comment(harness, demo.agent, 'FS-3', 'Internal follow-up.', false);
  comment(harness, demo.customer, 'FS-1', 'Thanks, it works again.');
  comment(harness, demo.agent, 'FS-3', 'We are on it.');
  await harness.settle();
  const events = harness.log.ofType('event');
  const made = events.reduce((total, event) => total + event.delivered.length, 0);
  const avoided = events.reduce((total, event) => total + event.dropped.length, 0);
  return { eventsRaised: events.length, deliveriesMade: made, deliveriesAvoided: avoided };
};
