// What each kind of comment event costs in calls to Jira: none for an event the rules ignore,
// at most three for a reopen or a hand-back, the record that makes it idempotent included.
import { postComment } from '../adversarial/support';
import { appRestCalls } from '../support/comment-rules';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const callsOf = (harness: Harness) =>
  appRestCalls(harness).map((call) => `${call.method} ${call.path}`);

describe('the Jira calls of the comment rules', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    harness.log.clear();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('reopens with three calls: read the request, move it with its note, record it', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    await harness.settle();

    expect(callsOf(harness)).toEqual([
      'GET /rest/api/3/issue/FS-1',
      'POST /rest/api/3/issue/FS-1/transitions',
      'PUT /rest/api/3/issue/FS-1/properties/status-guide',
    ]);
  });

  it('hands back with three calls', async () => {
    postComment(harness, demo.customer, 'FS-4', 'ABC123.');
    await harness.settle();

    expect(callsOf(harness)).toEqual([
      'GET /rest/api/3/issue/FS-4',
      'POST /rest/api/3/issue/FS-4/transitions',
      'PUT /rest/api/3/issue/FS-4/properties/status-guide',
    ]);
  });

  it.each([
    ['an agent’s reply on a request the team works on', demo.agent, 'FS-3'],
    ['a customer’s comment on a request the team works on', demo.customer, 'FS-2'],
  ])('makes no call for %s', async (_case, email, key) => {
    postComment(harness, email, key, 'Any news?');
    await harness.settle();

    expect(callsOf(harness)).toEqual([]);
  });

  it('asks Jira once an hour whether the author of a closing note is an agent', async () => {
    postComment(harness, demo.agent, resolvedRequest, 'Closing note: SIM replaced.');
    await harness.settle();
    const first = callsOf(harness);
    harness.log.clear();
    postComment(harness, demo.agent, resolvedRequest, 'Also updated the firmware.');
    await harness.settle();

    expect(first).toEqual(['POST /rest/api/3/permissions/check']);
    expect(callsOf(harness)).toEqual([]);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('makes no call for a repeated delivery of a comment it acted on', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    await harness.settle();
    const [delivery] = harness.emulator.events.delivered;
    if (!delivery) throw new Error('no delivery');
    harness.log.clear();

    harness.emulator.events.redeliver(delivery);
    await harness.settle();

    expect(callsOf(harness)).toEqual([]);
  });
});
