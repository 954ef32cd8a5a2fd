// Promise clocks must tell the same story wherever they are computed (agent panel, portal panel,
// the outcome recorded on a status change) and must read every fact they are given.
import type { AgentOverview } from '../../src/contracts/agent';
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, portalGuide, recordFact } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';
import { postComment } from './support';

const clockOf = (view: AgentOverview, kind: string) => view.clocks.find((c) => c.kind === kind);

describe('the acknowledgement met by the team’s first public reply', () => {
  let harness: Harness;

  // FS-2 is In Review, raised Wednesday 2 December 2026 10:00 NZDT (2026-12-01T21:00Z).
  // Auckland calendar, Mon-Fri 08:30-17:00: 10:00-17:00 Wednesday is 7 business hours, the 8th
  // is Thursday 08:30-09:30, so the acknowledgement is due Thursday 09:30 NZDT = 2026-12-02T20:30Z.
  // Alex replies publicly at Wednesday 11:00 NZDT (2026-12-01T22:00Z): acknowledged on time,
  // after 60 business minutes.
  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
    setClock('2026-12-01T22:00:00Z');
    const reply = postComment(harness, demo.agent, 'FS-2', 'Thanks, we are looking at it.');
    if (reply.status !== 201) throw new Error(`The reply was refused (${reply.status}).`);
    await harness.settle();
  });

  afterEach(restoreClock);

  it('sanity: the agent panel counts the reply as the acknowledgement, on time', async () => {
    setClock('2026-12-03T00:00:00Z');

    expect(clockOf(await agentOverview(harness, 'FS-2'), 'acknowledgement')).toMatchObject({
      state: 'met',
      met: { onTime: true },
      dueAt: '2026-12-02T20:30:00.000Z',
    });
  });

  it('does not tell the customer the acknowledgement is late once the team has replied', async () => {
    // Thursday 13:00 NZDT, after the due time; the request is still In Review.
    setClock('2026-12-03T00:00:00Z');

    const guide = await portalGuide(harness, 'FS-2');

    // The promise of In Review was kept by the reply: no due date, and above all not "late".
    expect(guide.promiseDue).toBeNull();
  });

  it('keeps the acknowledgement on time when the agent moves the request on the next day', async () => {
    // Thursday 15:00 NZDT (2026-12-03T02:00Z): Alex starts work; the status change settles the
    // outcomes recorded on the request.
    setClock('2026-12-03T02:00:00Z');
    harness.site.transition('FS-2', '11', harness.accountIdOf(demo.agent));
    await harness.settle();

    const acknowledgement = clockOf(await agentOverview(harness, 'FS-2'), 'acknowledgement');

    // Still acknowledged by the reply at 11:00 on Wednesday, on time, not at 15:00 Thursday late.
    expect(acknowledgement).toMatchObject({ state: 'met', met: { onTime: true, onDate: null } });
    expect(acknowledgement?.met?.at).toMatch(/^2026-12-01T22:00/);
    expect(harness.site.requireIssue('FS-2').properties['status-guide']).toMatchObject({
      clockOutcomes: { acknowledgement: { kind: 'met', onTime: true } },
    });
  });
});

describe('installer contact recorded on the day of the booking', () => {
  let harness: Harness;

  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
  });

  afterEach(restoreClock);

  // FS-10 is Assigned to Installer. Alex marks it Installer Booked on Wednesday 2 December 2026
  // at 14:00 NZDT (2026-12-02T01:00Z); the installer rings the customer that afternoon and Alex
  // records the contact as made on 2026-12-02. The week of silence (7 calendar days from the
  // booking: Wednesday 9 December 14:00 NZDT = 2026-12-09T01:00Z) was never going to pass.
  it('meets the installer-silence clock, so the customer is never told to chase the installer', async () => {
    setClock('2026-12-02T01:00:00Z');
    harness.site.transition('FS-10', '91', harness.accountIdOf(demo.agent));
    await harness.settle();
    setClock('2026-12-02T03:00:00Z');
    await recordFact(harness, 'FS-10', { fact: 'installerContactOn', value: '2026-12-02' });

    // Thursday 10 December, a day after the week would have run out.
    setClock('2026-12-10T03:00:00Z');
    const silence = clockOf(await agentOverview(harness, 'FS-10'), 'installer-silence');
    const guide = await portalGuide(harness, 'FS-10');

    expect(silence).toMatchObject({ state: 'met', met: { onTime: true } });
    expect(guide.promiseDue).toBeNull();
  });
});

describe('a request whose changelog holds more than 100 entries', () => {
  let harness: Harness;

  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
  });

  afterEach(restoreClock);

  // FS-3 was raised Monday 30 November 2026 10:00 NZDT (2026-11-29T21:00Z) and moved to In
  // Progress an hour later (2026-11-29T22:00Z): acknowledged then, on time. Since then an
  // integration edited its labels 120 times (each edit is a changelog entry), and on Wednesday
  // 2 December 11:00 NZDT (2026-12-01T22:00Z) Alex marked the order processed (Awaiting
  // Dispatch). Dispatch within 5 business days: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 December,
  // same time of day: Wednesday 9 December 11:00 NZDT = 2026-12-08T22:00Z.
  it('still sees the whole status history: acknowledged at the first move, dispatch running', async () => {
    const issue = harness.site.requireIssue('FS-3');
    for (let edit = 0; edit < 120; edit += 1) {
      issue.changelog.push({
        id: String(90_000 + edit),
        authorId: harness.accountIdOf(demo.integration),
        created: '2026-12-01T20:00:00.000+0000',
        items: [
          { field: 'labels', from: null, fromString: '', to: null, toString: `sync-${edit}` },
        ],
      });
    }
    setClock('2026-12-01T22:00:00Z');
    harness.site.transition('FS-3', '61', harness.accountIdOf(demo.agent));
    await harness.settle();

    setClock('2026-12-02T01:00:00Z');
    const view = await agentOverview(harness, 'FS-3');
    const guide = await portalGuide(harness, 'FS-3');

    expect(clockOf(view, 'acknowledgement')).toMatchObject({
      state: 'met',
      met: { at: '2026-11-29T22:00:00.000Z', onTime: true },
    });
    expect(clockOf(view, 'dispatch')).toMatchObject({
      state: 'running',
      dueAt: '2026-12-08T22:00:00.000Z',
    });
    expect(guide.promiseDue).toEqual({
      dueAt: '2026-12-08T22:00:00.000Z',
      isOnTrack: true,
    });
  });
});
