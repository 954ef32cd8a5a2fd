// A participant with a full Atlassian account (a customer's staff member who also uses another
// Atlassian product) is on the customer's side: their public comment is not the team's first
// reply, so it must not settle the acknowledgement promise. The agent panel already knows this;
// the outcome recorded on a status change and on a saved fact must know it too (C1 family,
// STATUS-FACTS "Acknowledgement: 8 business hours from creation").
import type { AgentOverview, FactChangeInput } from '../../src/contracts/agent';
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, recordFact, storedState } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const licensedParticipant = 'user-lee';

const addLicensedParticipant = (harness: Harness, issueKey: string): void => {
  harness.site.state.users.push({
    accountId: licensedParticipant,
    email: 'lee@customer.example',
    displayName: 'Lee Licensed',
    accountType: 'atlassian',
    timeZone: 'Pacific/Auckland',
    locale: 'en-NZ',
    isSiteAdmin: false,
    role: 'customer staff member with a Confluence licence',
  });
  harness.site.requireIssue(issueKey).participantIds.push(licensedParticipant);
};

const acknowledgementOf = (view: AgentOverview) =>
  view.clocks.find((clock) => clock.kind === 'acknowledgement');

const storedAcknowledgement = (harness: Harness, issueKey: string): unknown =>
  storedState(harness, issueKey)?.clockOutcomes?.acknowledgement;

describe('a licensed participant’s public comment and the acknowledgement promise', () => {
  let harness: Harness;

  // FS-2 is In Review, raised Wednesday 2 December 2026 10:00 NZDT (2026-12-01T21:00Z); the
  // acknowledgement is due Thursday 09:30 NZDT (2026-12-02T20:30Z). Lee, a participant with a
  // full account, comments publicly at 11:00 NZDT; nobody from the team has replied.
  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
    addLicensedParticipant(harness, 'FS-2');
    setClock('2026-12-01T22:00:00Z');
    harness.site.addComment('FS-2', licensedParticipant, 'We see this on three vans.', true);
    await harness.settle();
    setClock('2026-12-01T23:00:00Z');
    // The agent panel alone (getOverview) still shows the clock running at this point.
  });

  afterEach(restoreClock);

  it('does not record the acknowledgement as met when the agent then asks the customer a question', async () => {
    harness.site.transition('FS-2', '21', harness.accountIdOf(demo.agent));
    await harness.settle();

    const view = await agentOverview(harness, 'FS-2');

    // Expected: paused for the customer, still unmet. Actual: met at 22:00Z, on time, and stored
    // for good, because the issue-updated trigger counts Lee's comment as the team's reply.
    expect(acknowledgementOf(view)?.state).toBe('paused');
    expect(storedAcknowledgement(harness, 'FS-2')).toBeUndefined();
  });

  it('does not record the acknowledgement as met when an agent saves a fact on the request', async () => {
    const change: FactChangeInput = { fact: 'holdReason', value: 'Waiting on the fleet manager.' };

    const view = await recordFact(harness, 'FS-2', change);

    // Expected: still running. Actual: met, stored by the fact's save.
    expect(acknowledgementOf(view)?.state).toBe('running');
    expect(storedAcknowledgement(harness, 'FS-2')).toBeUndefined();
  });
});
