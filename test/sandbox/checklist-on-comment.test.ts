// A customer's comment that supplies a missing item keeps the indexed missing count (the JQL
// `missingInformation` a queue reads) up to date, on a request the team works on too; a comment
// that cannot change the checklist costs no call to Jira.
import { kvs } from '@forge/kvs';

import { configForPreset } from '../../src/domain/config/preset-defaults';
import { agentTransition, postComment, transitionIds } from '../adversarial/support';
import { appRestCalls } from '../support/comment-rules';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

/** Seeded: a fault report In Review whose checklist requires the vehicle registration. */
const openRequest = 'FS-2';

const callsOf = (harness: Harness) =>
  appRestCalls(harness).map((call) => `${call.method} ${call.path}`);

const missingCountOf = (harness: Harness, issueKey: string): number | undefined =>
  (
    harness.site.requireIssue(issueKey).properties['status-guide'] as
      { checklist?: { missingCount?: number } } | undefined
  )?.checklist?.missingCount;

describe('the missing count after a comment', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    // Moving the request on stores its count: the registration is still missing.
    agentTransition(harness, openRequest, transitionIds.startWork);
    await harness.settle();
    harness.log.clear();
  });

  it('drops to 0 when the customer types the registration on a request in progress', async () => {
    expect(missingCountOf(harness, openRequest)).toBe(1);

    postComment(harness, demo.customer, openRequest, 'The rego is KLM 482.');
    await harness.settle();

    expect(missingCountOf(harness, openRequest)).toBe(0);
    expect(harness.statusOf(openRequest)).toBe('In Progress');
    expect(callsOf(harness)).toEqual([
      `GET /rest/api/3/issue/${openRequest}`,
      `GET /rest/servicedeskapi/request/${openRequest}`,
      `PUT /rest/api/3/issue/${openRequest}/properties/status-guide`,
    ]);
  });

  it('reads only the issue for a further registration once nothing is missing', async () => {
    postComment(harness, demo.customer, openRequest, 'The rego is KLM 482.');
    await harness.settle();
    harness.log.clear();

    postComment(harness, demo.customer, openRequest, 'Sorry, the rego is KLM 483.');
    await harness.settle();

    expect(callsOf(harness)).toEqual([`GET /rest/api/3/issue/${openRequest}`]);
    expect(missingCountOf(harness, openRequest)).toBe(0);
  });

  it('keeps what else the request holds when it writes the count', async () => {
    const before = harness.site.requireIssue(openRequest).properties['status-guide'] as Record<
      string,
      unknown
    >;

    postComment(harness, demo.customer, openRequest, 'KLM 482');
    await harness.settle();

    const after = harness.site.requireIssue(openRequest).properties['status-guide'] as Record<
      string,
      unknown
    >;
    expect(after.clockOutcomes).toEqual(before.clockOutcomes);
    expect(after.appliedActions).toEqual(before.appliedActions);
    expect(after.revision).toBe(Number(before.revision) + 1);
  });

  it('costs no call for a comment no checklist item can be read from', async () => {
    postComment(harness, demo.customer, openRequest, 'Thanks, any news on this?');
    await harness.settle();

    expect(callsOf(harness)).toEqual([]);
    expect(missingCountOf(harness, openRequest)).toBe(1);
  });

  it('leaves the count when an agent’s reply quotes a registration as an example', async () => {
    postComment(harness, demo.agent, openRequest, 'Please send the rego, for example ABC123.');
    await harness.settle();

    expect(missingCountOf(harness, openRequest)).toBe(1);
    expect(callsOf(harness).filter((call) => call.startsWith('PUT'))).toEqual([]);
  });

  it('asks Jira nothing when the same comment event is delivered again', async () => {
    postComment(harness, demo.customer, openRequest, 'The rego is KLM 482.');
    await harness.settle();
    const delivery = harness.emulator.events.delivered.at(-1);
    if (!delivery) throw new Error('no delivery');
    harness.log.clear();

    harness.emulator.events.redeliver(delivery);
    await harness.settle();

    expect(callsOf(harness)).toEqual([]);
    expect(missingCountOf(harness, openRequest)).toBe(0);
  });

  it('costs no call on a request type without a checklist, in a project with none', async () => {
    const config = configForPreset('it-service-desk');
    await kvs.set('config:project:IT', {
      ...config,
      checklists: { ...config.checklists, requestTypes: {} },
    });

    postComment(harness, demo.customer, 'IT-2', 'It is for the ute ABC123, call 021 555 0192.');
    await harness.settle();

    expect(callsOf(harness)).toEqual([]);
  });

  it('writes nothing on a request type without a checklist when another type has the item', async () => {
    const config = configForPreset('field-service');
    // Fault reports (FS-2's type) have their checklist off; field maintenance keeps the
    // registration by its name.
    const requestTypes = { '10': [] };
    await kvs.set('config:site', { ...config, checklists: { ...config.checklists, requestTypes } });

    postComment(harness, demo.customer, openRequest, 'The rego is KLM 482.');
    await harness.settle();

    // Only the request tells its type, so the comment's registration costs the two reads.
    expect(callsOf(harness)).toEqual([
      `GET /rest/api/3/issue/${openRequest}`,
      `GET /rest/servicedeskapi/request/${openRequest}`,
    ]);
    expect(missingCountOf(harness, openRequest)).toBe(1);
  });
});
