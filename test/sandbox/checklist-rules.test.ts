import { kvs } from '@forge/kvs';

import { type CustomerChecklistView, portalChecklistKeys } from '../../src/contracts/checklist';
import { portalKeys } from '../../src/contracts/portal';
import { defaultConfig } from '../../src/domain/config/defaults';
import { handBackClaimKey, toMs } from '../../src/services/request-history';
import { callPortalDefinition, dataOf, storedState } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

/** Seeded: a fault report waiting for Casey's reply, which lacks the vehicle registration. */
const waitingRequest = 'FS-4';
/** Seeded: a fault report In Progress, reported by Casey with Morgan as a participant. */
const sharedRequest = 'FS-3';
/** Seeded: field maintenance assigned to the installer. */
const fieldMaintenance = 'FS-10';

const supply = (harness: Harness, key: string, itemId: string, value: string, email?: string) =>
  callPortalDefinition<CustomerChecklistView>(
    harness,
    key,
    portalChecklistKeys.supplyItem,
    { itemId, value },
    email,
  );

const appTransitions = (harness: Harness) =>
  harness.log
    .ofType('rest')
    .filter((c) => c.source === 'app' && c.method === 'POST' && c.path.endsWith('/transitions'));

const waitingSince = (harness: Harness, key: string): number => {
  const moves = harness.site.requireIssue(key).changelog;
  return toMs(moves.at(-1)?.created ?? '');
};

describe('the checklist rules', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('leaves the request waiting when the waiting episode was already handed back by another event', async () => {
    // The comment rule claims the same key when a customer reply hands the request back.
    await kvs.set(handBackClaimKey(waitingRequest, waitingSince(harness, waitingRequest)), {
      eventKey: 'comment:10999',
      claimedAt: Date.now(),
    });

    dataOf(await supply(harness, waitingRequest, 'vehicle-registration', 'KLM482'));
    await harness.settle();

    expect(appTransitions(harness)).toHaveLength(0);
    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
  });

  it('records a hand-back the workflow refuses and gives its claim back', async () => {
    const workflow = harness.site.project('FS')?.workflow;
    workflow?.transitions.splice(0, Infinity);

    dataOf(await supply(harness, waitingRequest, 'vehicle-registration', 'KLM482'));
    await harness.settle();

    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
    expect(storedState(harness, waitingRequest)?.appliedActions).toEqual([
      expect.objectContaining({
        rule: 'hand-back',
        outcome: 'not-applied',
        summary:
          'Could not move to In Progress: the workflow offers no way from Waiting for Customer to In Progress',
      }),
    ]);
    const claimKey = handBackClaimKey(waitingRequest, waitingSince(harness, waitingRequest));
    expect(await kvs.get(claimKey)).toBeUndefined();
  });

  it('does not hand back when the customer edits an old comment to add the registration', async () => {
    const casey = harness.accountIdOf(demo.customer);
    harness.site.setProperty(waitingRequest, 'status-guide', {
      version: 1,
      appliedActions: [],
      checklist: { answers: {}, missingCount: 1 },
    });
    const old = harness.site.addComment(waitingRequest, casey, 'Will send the rego soon.', true);
    await harness.settle();
    // The reply handed the request back; the agent asks again, and the customer edits the old one.
    expect(harness.statusOf(waitingRequest)).toBe('In Progress');
    harness.site.transition(waitingRequest, '21', harness.accountIdOf(demo.agent));
    await harness.settle();
    const movesBefore = appTransitions(harness).length;
    // The edit carries a later `updated` than the comment's creation, as Jira's does.
    await new Promise((resolve) => setTimeout(resolve, 5));

    harness.site.editComment(waitingRequest, old.id, casey, 'Rego is KLM 482.');
    await harness.settle();

    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
    expect(appTransitions(harness)).toHaveLength(movesBefore);
  });

  it('asks nothing of the customer once the request is resolved', async () => {
    const checklist = dataOf(
      await callPortalDefinition<CustomerChecklistView>(
        harness,
        'FS-1',
        portalChecklistKeys.getChecklist,
      ),
    );
    const answer = await supply(harness, 'FS-1', 'vehicle-registration', 'KLM482');

    expect(checklist.items).toEqual([]);
    expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
    expect(harness.statusOf('FS-1')).toBe('Resolved');
  });

  it('does not hand back a request that does not wait on the customer', async () => {
    dataOf(await supply(harness, sharedRequest, 'vehicle-registration', 'KLM482'));
    await harness.settle();

    expect(harness.statusOf(sharedRequest)).toBe('In Progress');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('lets a participant of the request supply an item', async () => {
    const answer = await supply(
      harness,
      sharedRequest,
      'users-affected',
      'Sam, Priya',
      demo.otherCustomer,
    );

    expect(answer.ok).toBe(true);
    expect(storedState(harness, sharedRequest)?.checklist?.answers['users-affected']).toMatchObject(
      {
        value: 'Sam, Priya',
      },
    );
  });

  it('refuses a customer who is not on the request and saves nothing', async () => {
    const answer = await supply(
      harness,
      waitingRequest,
      'vehicle-registration',
      'KLM482',
      demo.otherCustomer,
    );

    expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
    expect(storedState(harness, waitingRequest)?.checklist).toBeUndefined();
  });

  it('asks once, naming only customer items, when a request enters a waiting status with the rule on', async () => {
    await kvs.set('config:site', {
      ...defaultConfig,
      rules: { ...defaultConfig.rules, askOnWaiting: { enabled: true } },
    });
    const agent = harness.accountIdOf(demo.agent);
    harness.site.transition(fieldMaintenance, '131', agent);
    harness.site.transition(fieldMaintenance, '11', agent);
    const before = harness.site.requireIssue(fieldMaintenance).comments.length;

    harness.site.transition(fieldMaintenance, '21', agent);
    await harness.settle();
    const delivery = harness.emulator.events.delivered
      .filter((entry) => entry.trigger.key === 'status-guide-issue-updated-trigger')
      .at(-1);
    if (!delivery) throw new Error('no delivery to the checklist trigger');
    harness.emulator.events.redeliver(delivery);
    await harness.settle();

    const added = harness.site.requireIssue(fieldMaintenance).comments.slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]?.isPublic).toBe(true);
    expect(added[0]?.body).toContain(
      '- Where the vehicle is: The address where the work is to be done.',
    );
    expect(added[0]?.body).not.toMatch(/serial/i);
  });

  it('asks nothing on entering a waiting status while the rule is off', async () => {
    const agent = harness.accountIdOf(demo.agent);
    harness.site.transition(fieldMaintenance, '131', agent);
    harness.site.transition(fieldMaintenance, '11', agent);
    const before = harness.site.requireIssue(fieldMaintenance).comments.length;

    harness.site.transition(fieldMaintenance, '21', agent);
    await harness.settle();

    expect(harness.site.requireIssue(fieldMaintenance).comments).toHaveLength(before);
  });

  it('keeps team-only items out of every answer the portal gives', async () => {
    const answers = [
      await callPortalDefinition(harness, fieldMaintenance, portalKeys.getGuide),
      await callPortalDefinition(harness, fieldMaintenance, portalChecklistKeys.getChecklist),
      await supply(harness, fieldMaintenance, 'site-contact', '021 555 0192'),
    ];

    for (const answer of answers) {
      expect(answer.ok).toBe(true);
      expect(JSON.stringify(answer)).not.toMatch(/serial|unit-serial|provisioning/i);
    }
    const comments = harness.site.requireIssue(fieldMaintenance).comments.map((c) => c.body);
    expect(comments.join('\n')).not.toMatch(/serial/i);
  });
});
