// The acknowledgement promise is kept by the team, not by whoever writes a public comment: an
// integration's sync, an installer's message or the app's own note must leave it running.
import type { AgentOverview } from '../../src/contracts/agent';
import { portalChecklistKeys } from '../../src/contracts/checklist';
import { appComments, appRestCalls, useSettings } from '../support/comment-rules';
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, callPortalDefinition, dataOf, portalGuide } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';
import { postComment } from './support';

const acknowledgementOf = (view: AgentOverview) =>
  view.clocks.find((clock) => clock.kind === 'acknowledgement');

const post = (harness: Harness, email: string, body: string): void => {
  const reply = postComment(harness, email, 'FS-2', body);
  if (reply.status !== 201) throw new Error(`The comment was refused (${reply.status}).`);
};

// FS-2 is In Review, raised Wednesday 2 December 2026 10:00 NZDT (2026-12-01T21:00Z); on the
// Auckland calendar (Mon-Fri 08:30-17:00) its acknowledgement is due Thursday 09:30 NZDT,
// 2026-12-02T20:30Z. Partner Bridge is listed as an integration and Ian as an installer; both
// hold agent licences, so only the settings tell them apart from the team.
describe('the acknowledgement of a request that only others have written on', () => {
  let harness: Harness;

  // The first run in a file loads every handler and the checklist's detectors: on a busy
  // two-core machine that alone can pass jest's five seconds.
  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
    await useSettings({
      accounts: {
        integrations: [harness.accountIdOf(demo.integration)],
        installers: [harness.accountIdOf(demo.installer)],
      },
    });

    // Wednesday 11:00, 11:30 and 12:00 NZDT: the integration's sync note, the installer's
    // question, then the customer supplies the registration and the app confirms it publicly.
    setClock('2026-12-01T22:00:00Z');
    post(harness, demo.integration, 'Synced with the partner portal: ticket P-7731.');
    setClock('2026-12-01T22:30:00Z');
    post(harness, demo.installer, 'Which depot is the truck kept at?');
    setClock('2026-12-01T23:00:00Z');
    dataOf(
      await callPortalDefinition(harness, 'FS-2', portalChecklistKeys.supplyItem, {
        itemId: 'vehicle-registration',
        value: 'KLM 482',
      }),
    );
    await harness.settle();
  }, 30_000);

  afterEach(restoreClock);

  it('sanity: the app wrote its own public note on the request', () => {
    expect(appComments(harness, 'FS-2')).toEqual([
      expect.objectContaining({ isPublic: true, body: expect.stringContaining('KLM482') }),
    ]);
  });

  it('shows the agent the acknowledgement missed once its due time has passed', async () => {
    // Thursday 13:00 NZDT, three and a half business hours after the due time.
    setClock('2026-12-03T00:00:00Z');

    const acknowledgement = acknowledgementOf(await agentOverview(harness, 'FS-2'));

    expect(acknowledgement).toMatchObject({
      state: 'missed',
      met: null,
      dueAt: '2026-12-02T20:30:00.000Z',
      missed: { byMinutes: 210 },
    });
  });

  it('keeps promising the customer an acknowledgement while it is still due', async () => {
    // Wednesday 16:00 NZDT: an hour of the working day left, the promise still open.
    setClock('2026-12-02T03:00:00Z');

    const guide = await portalGuide(harness, 'FS-2');

    expect(guide.promiseDue).toEqual({ dueAt: '2026-12-02T20:30:00.000Z', isOnTrack: true });
  });

  it('is met by the agent’s public reply that follows, at the time of that reply', async () => {
    // Wednesday 15:00 NZDT.
    setClock('2026-12-02T02:00:00Z');
    post(harness, demo.agent, 'Thanks, we have booked the depot visit.');
    await harness.settle();
    const callsBefore = appRestCalls(harness).length;

    setClock('2026-12-03T00:00:00Z');
    const acknowledgement = acknowledgementOf(await agentOverview(harness, 'FS-2'));
    const guide = await portalGuide(harness, 'FS-2');

    expect(acknowledgement).toMatchObject({
      state: 'met',
      met: { at: '2026-12-02T02:00:00.000Z', onTime: true },
    });
    expect(guide.promiseDue).toBeNull();
    // The agent panel and the portal panel within their budgets: 3 and 2 calls.
    expect(appRestCalls(harness).length - callsBefore).toBe(5);
  });
});
