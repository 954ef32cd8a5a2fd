import { agentKeys } from '../../../src/contracts/agent';
import { agentOverview, callAgentPanel, dataOf, recordFact } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';
import {
  appMoves,
  fieldTransitions,
  moveAs,
  raiseRequest,
  requestAwaitingDispatch,
  saveSettings,
  today,
} from './support';

const dispatch = () => ({
  fact: 'dispatch' as const,
  value: { dispatchedOn: today(), carrierReference: 'NZP-1' },
});

describe('the dispatched rule', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('moves a field-maintenance request to Assigned to Installer when the dispatch is recorded', async () => {
    const key = await requestAwaitingDispatch(harness);

    const overview = await recordFact(harness, key, dispatch());
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Assigned to Installer');
    expect(appMoves(harness, key)).toHaveLength(1);
    expect(overview.recentActions[0]).toMatchObject({
      rule: 'dispatched',
      summary: 'Moved to Assigned to Installer',
      reason: `The hardware dispatch was recorded (dispatched on ${today()}).`,
      isApplied: true,
    });
  });

  it('leaves an order of another request type where it is', async () => {
    const key = raiseRequest(harness, '11');
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
    harness.log.clear();

    await recordFact(harness, key, dispatch());
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
    expect(appMoves(harness, key)).toEqual([]);
  });

  it('follows the request types the admin listed instead of the name', async () => {
    await saveSettings(harness, (config) => {
      config.rules.dispatched.requestTypeIds = ['11'];
      return config;
    });
    const key = await requestAwaitingDispatch(harness);

    const answer = await callAgentPanel(harness, key, agentKeys.recordFact, {
      change: dispatch(),
    });
    await harness.settle();

    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'A dispatch is recorded only on hardware orders and field-maintenance requests.',
      }) as unknown,
    });
    expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
  });

  it('moves once when the same dispatch is saved twice', async () => {
    const key = await requestAwaitingDispatch(harness);

    await recordFact(harness, key, dispatch());
    await recordFact(harness, key, dispatch());
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Assigned to Installer');
    expect(appMoves(harness, key)).toHaveLength(1);
  });

  it('moves a request once it reaches Awaiting Dispatch when the dispatch was recorded before', async () => {
    const key = raiseRequest(harness);
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork]);
    await recordFact(harness, key, dispatch());
    await harness.settle();
    expect(harness.statusOf(key)).toBe('In Progress');

    await moveAs(harness, key, [fieldTransitions.orderProcessed]);

    expect(harness.statusOf(key)).toBe('Assigned to Installer');
  });

  it('records a refused move with the status it expected when the workflow offers no way there', async () => {
    await saveSettings(harness, (config) => {
      config.rules.dispatched.targetStatus = 'With the Fitter';
      return config;
    });
    const key = await requestAwaitingDispatch(harness);

    const overview = await recordFact(harness, key, dispatch());

    expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
    expect(overview.recentActions[0]).toMatchObject({
      rule: 'dispatched',
      summary:
        'Could not move to With the Fitter: the workflow offers no way from Awaiting Dispatch to With the Fitter',
      isApplied: false,
    });
  });

  it('moves a request that entered a status the admin listed as dispatched, recording the dispatch', async () => {
    const project = harness.site.state.projects[0];
    if (!project) throw new Error('The demo desk is missing.');
    project.workflow.statuses.push({
      id: '16',
      name: 'Hardware Dispatched',
      category: 'indeterminate',
    });
    project.workflow.transitions.push(
      { id: '161', name: 'Ship', from: ['7'], to: '16' },
      { id: '171', name: 'Hand to installer', from: ['16'], to: '9' },
    );
    await saveSettings(harness, (config) => {
      config.rules.dispatched.dispatchedStatuses = ['Hardware Dispatched'];
      return config;
    });
    const key = await requestAwaitingDispatch(harness);

    await moveAs(harness, key, ['161']);

    expect(harness.statusOf(key)).toBe('Assigned to Installer');
    expect((await agentOverview(harness, key)).facts.dispatch?.dispatchedOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('keeps the recorded dispatch when Jira is busy for the move, so the sweep can move it later', async () => {
    const key = await requestAwaitingDispatch(harness);
    const runtime = globalThis as unknown as {
      __forge_fetch__: (t: { type?: string }, p: string, i?: RequestInit) => Promise<Response>;
    };
    const original = runtime.__forge_fetch__;
    runtime.__forge_fetch__ = (target, path, init) =>
      path.endsWith('/transitions') && init?.method === 'POST'
        ? Promise.resolve(new Response('{}', { status: 503 }))
        : original(target, path, init);
    try {
      const answer = await callAgentPanel(harness, key, agentKeys.recordFact, {
        change: dispatch(),
      });

      expect(dataOf(answer).facts.dispatch?.dispatchedOn).toBe(today());
      expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
    } finally {
      runtime.__forge_fetch__ = original;
    }
  });

  it('lets only agents record the installer’s completion', async () => {
    const key = await requestAwaitingDispatch(harness);

    const answer = await callAgentPanel(
      harness,
      key,
      agentKeys.recordInstallerFinished,
      {},
      demo.customer,
    );

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
