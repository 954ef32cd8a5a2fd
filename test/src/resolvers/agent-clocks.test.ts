import { agentKeys, type AgentOverview, type FactChangeInput } from '../../../src/contracts/agent';
import type { ResolverResult } from '../../../src/contracts/result';
import { restoreClock, setClock } from '../../support/fixed-clock';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

const call = async (
  harness: Harness,
  email: string,
  issueKey: string,
  functionKey: string,
  payload: unknown = {},
) =>
  (await harness.emulator.invokeResolver(
    'status-guide-agent-panel',
    { functionKey, payload },
    {
      accountId: harness.accountIdOf(email),
      extension: { issue: { key: issueKey }, project: { key: 'FS' } },
    },
  )) as ResolverResult<AgentOverview>;

const overview = async (harness: Harness, issueKey: string): Promise<AgentOverview> => {
  const answer = await call(harness, demo.agent, issueKey, agentKeys.getOverview);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
};

const record = (harness: Harness, email: string, issueKey: string, change: FactChangeInput) =>
  call(harness, email, issueKey, agentKeys.recordFact, { change });

describe('promise clocks on the agent panel', () => {
  let harness: Harness;

  beforeEach(async () => {
    // The demo site is seeded as of Wednesday 2 December 2026, 10:00 in Auckland.
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
  });

  afterEach(restoreClock);

  it('counts the acknowledgement of a new request in Auckland business hours', async () => {
    setClock('2026-12-02T01:00:00Z');

    const { clocks, calendar } = await overview(harness, 'FS-2');

    expect(calendar).toEqual({ timeZone: 'Pacific/Auckland', isConfigured: true });
    expect(clocks).toEqual([
      expect.objectContaining({
        kind: 'acknowledgement',
        promise: 'Acknowledge within 8 business hours',
        state: 'running',
        dueAt: '2026-12-02T20:30:00.000Z',
        elapsedMinutes: 240,
        remainingMinutes: 240,
      }),
    ]);
  });

  it('shows the clock paused outside working hours, with when it resumes', async () => {
    setClock('2026-12-02T07:00:00Z');

    const [clock] = (await overview(harness, 'FS-2')).clocks;

    expect(clock).toMatchObject({
      state: 'paused',
      pause: { reason: 'outside-working-hours', resumesAt: '2026-12-02T19:30:00.000Z' },
    });
  });

  it('counts dispatch from entering Awaiting Dispatch: 5 business days', async () => {
    const { clocks } = await overview(harness, 'FS-8');

    expect(clocks.map((c) => [c.kind, c.state])).toEqual([
      ['acknowledgement', 'met'],
      ['dispatch', 'running'],
    ]);
    expect(clocks[1]?.dueAt).toBe('2026-12-07T23:00:00.000Z');
  });

  it('says by how much a promise was missed', async () => {
    setClock('2026-12-08T01:00:00Z');

    const dispatch = (await overview(harness, 'FS-8')).clocks.find((c) => c.kind === 'dispatch');

    expect(dispatch).toMatchObject({
      state: 'missed',
      missed: { since: '2026-12-07T23:00:00.000Z', byMinutes: 120 },
    });
  });

  it('lists the request’s JSM SLAs beside the clocks', async () => {
    const { slas } = await overview(harness, 'FS-2');

    expect(slas.map((sla) => [sla.name, sla.state])).toEqual([
      ['Time to first response', 'running'],
      ['Time to resolution', 'running'],
    ]);
  });

  it('records a dispatch, which meets the dispatch promise and is kept on the request', async () => {
    setClock('2026-12-03T01:00:00Z');

    const answer = await record(harness, demo.agent, 'FS-8', {
      fact: 'dispatch',
      value: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471' },
    });

    expect(answer).toMatchObject({
      ok: true,
      data: { facts: { dispatch: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471' } } },
    });
    const dispatch = answer.ok ? answer.data.clocks.find((c) => c.kind === 'dispatch') : undefined;
    expect(dispatch).toMatchObject({ state: 'met', met: { onTime: true, onDate: '2026-12-03' } });
    const stored = harness.site.requireIssue('FS-8').properties['status-guide'];
    expect(stored).toMatchObject({ clockOutcomes: { dispatch: { kind: 'met', onTime: true } } });
  });

  it('refuses a date in the wrong format, names the field and saves nothing', async () => {
    const answer = await record(harness, demo.agent, 'FS-8', {
      fact: 'dispatch',
      value: { dispatchedOn: '3/12/2026', carrierReference: '' },
    });

    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Some details need fixing before they can be saved.',
        fields: { 'value.dispatchedOn': 'Enter the date as YYYY-MM-DD, for example 2026-12-03.' },
      },
    });
    expect(harness.site.requireIssue('FS-8').properties['status-guide']).toBeUndefined();
  });

  it('refuses a receipt dated before the request was raised, and saves nothing', async () => {
    setClock('2026-12-03T01:00:00Z');
    const raised = harness.site.requireIssue('FS-8').created;

    const answer = await record(harness, demo.agent, 'FS-8', {
      fact: 'hardwareReceivedOn',
      value: '2026-11-01',
    });

    expect(new Date(raised).getTime()).toBeGreaterThan(Date.parse('2026-11-02T00:00:00Z'));
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { value: 'That is before the request was raised: check the date.' },
      },
    });
    expect(harness.site.requireIssue('FS-8').properties['status-guide']).toBeUndefined();
  });

  it('refuses an empty installer name', async () => {
    const answer = await record(harness, demo.agent, 'FS-10', {
      fact: 'installer',
      value: { name: '  ', phone: '021 555 0101' },
    });

    expect(answer).toMatchObject({
      ok: false,
      error: { fields: { 'value.name': 'Enter the installer’s name.' } },
    });
  });

  it.each([demo.customer, demo.otherCustomer])(
    'refuses %s, who is not an agent, whatever they send',
    async (email) => {
      const valid = await record(harness, email, 'FS-8', { fact: 'stockEta', value: '2026-12-20' });
      const invalid = await record(harness, email, 'FS-8', { fact: 'stockEta', value: 'soon' });

      expect(valid).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(invalid).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(harness.site.requireIssue('FS-8').properties['status-guide']).toBeUndefined();
    },
  );

  it('records the acknowledgement as met when an agent moves a new request on', async () => {
    setClock('2026-12-02T01:00:00Z');

    harness.site.transition('FS-2', '11', harness.accountIdOf(demo.agent));
    await harness.settle();

    expect(harness.site.requireIssue('FS-2').properties['status-guide']).toMatchObject({
      clockOutcomes: {
        acknowledgement: {
          kind: 'met',
          at: expect.stringMatching(/^2026-12-02T01:00:00/) as unknown,
          onTime: true,
        },
      },
    });
  });

  it('stops every clock of a booked request once it is resolved', async () => {
    harness.site.transition('FS-11', '141', harness.accountIdOf(demo.agent));
    await harness.settle();
    const onResolving = await overview(harness, 'FS-11');
    setClock('2026-12-08T21:00:00Z');

    const aWeekLater = await overview(harness, 'FS-11');

    expect(harness.site.requireIssue('FS-11').statusId).toBe('15');
    expect(aWeekLater.clocks.map((clock) => [clock.kind, clock.state])).toEqual([
      ['acknowledgement', 'met'],
      ['dispatch', 'met'],
      ['installer-contact', 'met'],
      ['installer-silence', 'missed'],
    ]);
    const silence = (view: AgentOverview) =>
      view.clocks.find((clock) => clock.kind === 'installer-silence');
    expect(silence(aWeekLater)).toMatchObject({
      missed: silence(onResolving)?.missed,
      pause: null,
    });
  });
});
