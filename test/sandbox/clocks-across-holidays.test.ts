// Variations of C10, C11, C18 and C20 through the agent and portal panels, on the
// preset's calendar (Pacific/Auckland, Mon-Fri 08:30-17:00, NZ public holidays).
import type { AgentOverview } from '../../src/contracts/agent';
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, portalGuide } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const clockOf = (view: AgentOverview, kind: string) => view.clocks.find((c) => c.kind === kind);

const raise = (harness: Harness, createdAt: string, requestTypeId = '10') =>
  harness.site.createRequest({
    projectKey: 'FS',
    requestTypeId,
    reporterId: harness.accountIdOf(demo.customer),
    summary: 'Tracker offline',
    description: 'The unit stopped reporting.',
    createdAt: new Date(createdAt),
  }).key;

const move = async (harness: Harness, key: string, transitionId: string) => {
  harness.site.transition(key, transitionId, harness.accountIdOf(demo.agent));
  await harness.settle();
};

describe('promise clocks across holidays and pauses', () => {
  let harness: Harness;
  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.settle();
    restoreClock();
  });

  // C10 on a public holiday: the agent panel says the clock is paused for Christmas Day and
  // resumes at 08:30 on the next working day, Tuesday 29 December (28 December is the Boxing
  // Day substitute). The acknowledgement is due then plus 8 business hours: 16:30 NZDT.
  it('a request raised on Christmas Day waits for Tuesday 29 December 08:30', async () => {
    setClock('2026-12-24T21:00:00Z'); // Friday 25 December 10:00 NZDT
    const key = raise(harness, '2026-12-24T21:00:00Z');

    const ack = clockOf(await agentOverview(harness, key), 'acknowledgement');
    expect(ack).toMatchObject({
      state: 'paused',
      pause: { reason: 'holiday', resumesAt: '2026-12-28T19:30:00.000Z' },
      dueAt: '2026-12-29T03:30:00.000Z',
    });
    expect(ack?.pause?.holidayName).toMatch(/Christmas/);
    expect((await portalGuide(harness, key)).promiseDue).toEqual({
      dueAt: '2026-12-29T03:30:00.000Z',
      isOnTrack: true,
    });
  });

  // C10 on the Saturday before: paused outside working hours, resumes Monday 08:30.
  it('a request raised on a Saturday evening waits for Monday 08:30 and is due Monday 16:30', async () => {
    setClock('2026-12-05T07:00:00Z'); // Saturday 5 December 20:00 NZDT
    const key = raise(harness, '2026-12-05T07:00:00Z');

    expect(clockOf(await agentOverview(harness, key), 'acknowledgement')).toMatchObject({
      state: 'paused',
      pause: { reason: 'outside-working-hours', resumesAt: '2026-12-06T19:30:00.000Z' },
      dueAt: '2026-12-07T03:30:00.000Z', // Mon 08:30 + 8 h = 16:30 NZDT
    });
  });

  // C11 overnight: created Wednesday 2 Dec 09:00, due 17:00 the same day (8 business hours);
  // the agent asks the customer on Thursday at 09:00. The promise was missed by 30 business
  // minutes (08:30-09:00 Thursday), not by the 16 hours of the night, and the clock is paused.
  it('C11 overnight: missed by 30 business minutes and paused while waiting for the customer', async () => {
    setClock('2026-12-01T20:00:00Z');
    const key = raise(harness, '2026-12-01T20:00:00Z');
    setClock('2026-12-02T20:00:00Z'); // Thursday 09:00 NZDT
    await move(harness, key, '21');

    const ack = clockOf(await agentOverview(harness, key), 'acknowledgement');
    expect(ack).toMatchObject({ state: 'missed', missed: { byMinutes: 30 } });
    expect(ack?.pause?.reason).toBe('waiting-for-customer');
    const guide = await portalGuide(harness, key);
    expect(guide.explanation.waitsOnCustomer).toBe(true);
    expect(guide.promiseDue).toBeNull();
  });

  // C18 over Christmas: created Thursday 24 Dec 10:00, waiting for the customer from 16:00
  // Thursday; 6 business hours used. Viewed on Tuesday 29 Dec 10:00 while still waiting, the
  // paused clock would be due 12:00 if it resumed now, and it is paused for the customer, not
  // for the holiday. Viewed on Christmas Day, the reason is still the customer.
  it('C18 across Christmas: paused for the customer, would be due Tuesday 29 December 12:00', async () => {
    setClock('2026-12-23T21:00:00Z');
    const key = raise(harness, '2026-12-23T21:00:00Z');
    setClock('2026-12-24T03:00:00Z'); // Thu 16:00
    await move(harness, key, '21');

    setClock('2026-12-24T22:00:00Z'); // Fri 25 Dec 11:00
    expect(clockOf(await agentOverview(harness, key), 'acknowledgement')).toMatchObject({
      state: 'paused',
      pause: { reason: 'waiting-for-customer' },
      elapsedMinutes: 360,
      remainingMinutes: 120,
    });
    setClock('2026-12-28T21:00:00Z'); // Tue 29 Dec 10:00
    expect(clockOf(await agentOverview(harness, key), 'acknowledgement')).toMatchObject({
      state: 'paused',
      dueAt: '2026-12-28T23:00:00.000Z',
    });
  });

  // C18 proper, with the customer's reply handing the request back at Tuesday 10:00: the
  // acknowledgement promise of In Review is not "met" by the hand-back to In Progress before
  // the team ever replied... the status model says leaving In Review acknowledges, so it is met
  // on time at 10:00 Tuesday (6 h used of 8).
  it('C18: the hand-back at Tuesday 10:00 settles the acknowledgement on time', async () => {
    setClock('2026-12-23T21:00:00Z');
    const key = raise(harness, '2026-12-23T21:00:00Z');
    setClock('2026-12-24T03:00:00Z');
    await move(harness, key, '21');
    setClock('2026-12-28T21:00:00Z');
    harness.rest(demo.customer, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
      body: 'Rego is KLM482, parked at the depot.',
      public: true,
    });
    await harness.settle();
    expect(harness.statusOf(key)).toBe('In Progress');
    setClock('2026-12-29T05:00:00Z');
    const ack = clockOf(await agentOverview(harness, key), 'acknowledgement');
    expect(ack?.state).toBe('met');
    expect(ack?.met?.onTime).toBe(true);
  });
});
