// Promise clocks that count from the first time a request entered a status, not from the episode
// the customer is in now. STATUS-FACTS: "Installer silence: 7 calendar days without contact after
// booking" and "Dispatch: 5 business days from the order being processed"; a field-service job
// is often re-booked, and a faulty unit is replaced by a second order.
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, portalGuide } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

/** The seeded workflow's transitions these cases use. */
const transitions = {
  installerBooked: '91',
  unableToBook: '101',
  putOnHold: '131',
  startWork: '11',
  orderProcessed: '61',
} as const;

const move = async (harness: Harness, issueKey: string, transitionId: string, at: string) => {
  setClock(at);
  const entry = harness.site.transition(issueKey, transitionId, harness.accountIdOf(demo.agent));
  // Time runs on after setClock, and a loaded machine may let a millisecond pass before the site
  // stamps the move: it is dated at the very instant the case names, before any event is read.
  entry.created = new Date(at).toISOString().replace('Z', '+0000');
  await harness.settle();
};

describe('promise clocks when a request enters a status again', () => {
  let harness: Harness;

  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
  });

  afterEach(restoreClock);

  // FS-10 is Assigned to Installer. The installer books it on Wednesday 2 December 2026 11:00
  // NZDT, cannot make the date and unbooks it the next day, and books it again on Tuesday
  // 15 December 11:00 NZDT (2026-12-14T22:00Z). A week of silence after that booking ends on
  // Tuesday 22 December 11:00 NZDT (2026-12-21T22:00Z).
  it('counts the week of installer silence from the latest booking, not the first', async () => {
    await move(harness, 'FS-10', transitions.installerBooked, '2026-12-01T22:00:00Z');
    await move(harness, 'FS-10', transitions.unableToBook, '2026-12-02T22:00:00Z');
    await move(harness, 'FS-10', transitions.installerBooked, '2026-12-14T22:00:00Z');
    setClock('2026-12-14T23:00:00Z');

    const guide = await portalGuide(harness, 'FS-10');
    const silence = (await agentOverview(harness, 'FS-10')).clocks.find(
      (clock) => clock.kind === 'installer-silence',
    );

    // Expected: on track, due 22 December. Actual: missed since 9 December (a week after the
    // first booking), so an hour after the new booking the customer reads "This is taking
    // longer than we promised".
    expect(guide.promiseDue).toEqual({
      dueAt: '2026-12-21T22:00:00.000Z',
      isOnTrack: true,
    });
    expect(silence?.state).toBe('running');
  });

  // FS-10's first order was dispatched long ago (it is Assigned to Installer). The unit turns out
  // faulty: on Wednesday 2 December 2026 11:00 NZDT the agent puts the job on hold, restarts it
  // and processes a replacement order, so the request is Awaiting Dispatch again.
  it('gives a replacement order processed again its own dispatch date', async () => {
    await move(harness, 'FS-10', transitions.putOnHold, '2026-12-01T22:00:00Z');
    await move(harness, 'FS-10', transitions.startWork, '2026-12-01T22:00:00Z');
    await move(harness, 'FS-10', transitions.orderProcessed, '2026-12-01T22:00:00Z');
    setClock('2026-12-01T23:00:00Z');

    const guide = await portalGuide(harness, 'FS-10');

    // Expected: the dispatch promise's date (5 business days on, 9 December 11:00 NZDT).
    // Actual: no date, because the dispatch clock stays met from the first order.
    expect(guide.explanation.entryId).toBe('awaiting-dispatch');
    expect(guide.promiseDue?.dueAt.slice(0, 16)).toBe('2026-12-08T22:00');
  });
});
