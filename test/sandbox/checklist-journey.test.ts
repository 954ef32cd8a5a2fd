import {
  agentChecklistKeys,
  type AgentChecklistView,
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../src/contracts/checklist';
import {
  callAgentDefinition,
  callPortalDefinition,
  dataOf,
  storedState,
} from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

/** Seeded: "Tracker offline on ute", a fault report waiting for Casey's reply. */
const waitingRequest = 'FS-4';
/** Seeded: "Install tracker in new truck", field maintenance, Assigned to Installer. */
const fieldMaintenance = 'FS-10';

const portalChecklist = async (harness: Harness, key: string, email: string = demo.customer) =>
  callPortalDefinition<CustomerChecklistView>(
    harness,
    key,
    portalChecklistKeys.getChecklist,
    {},
    email,
  );

const supply = (harness: Harness, key: string, itemId: string, value: string) =>
  callPortalDefinition<CustomerChecklistView>(harness, key, portalChecklistKeys.supplyItem, {
    itemId,
    value,
  });

const agentChecklist = async (harness: Harness, key: string) =>
  dataOf(
    await callAgentDefinition<AgentChecklistView>(harness, key, agentChecklistKeys.getChecklist),
  );

const publicComments = (harness: Harness, key: string) =>
  harness.site.requireIssue(key).comments.filter((comment) => comment.isPublic);

const appTransitions = (harness: Harness) =>
  harness.log
    .ofType('rest')
    .filter((c) => c.source === 'app' && c.method === 'POST' && c.path.endsWith('/transitions'));

describe('the missing-information checklist on a waiting request', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('shows the customer what is missing, without the team-only items', async () => {
    const checklist = dataOf(await portalChecklist(harness, waitingRequest));

    expect(checklist.waitsOnCustomer).toBe(true);
    expect(checklist.items.map((item) => [item.label, item.state])).toEqual([
      ['Vehicle registration', 'missing'],
      ['Screenshots', 'missing'],
      ['Users affected', 'missing'],
    ]);
    expect(JSON.stringify(checklist)).not.toMatch(/serial/i);
  });

  it('saves the registration typed into the panel, tells the team in one comment and hands the request back', async () => {
    const before = publicComments(harness, waitingRequest).length;

    const answer = dataOf(await supply(harness, waitingRequest, 'vehicle-registration', 'klm 482'));
    await harness.settle();

    expect(answer.items[0]).toMatchObject({ label: 'Vehicle registration', state: 'supplied' });
    expect(
      storedState(harness, waitingRequest)?.checklist?.answers['vehicle-registration'],
    ).toMatchObject({ state: 'supplied', value: 'KLM482', by: 'customer' });
    const added = publicComments(harness, waitingRequest).slice(before);
    expect(added.map((comment) => comment.body)).toEqual([
      'Vehicle registration (added in the request panel): KLM482',
    ]);
    expect(harness.statusOf(waitingRequest)).toBe('In Progress');
    expect(appTransitions(harness)).toHaveLength(1);
    expect(answer.waitsOnCustomer).toBe(false);
  });

  it('ticks the registration the customer gave in a comment and hands the request back once', async () => {
    harness.rest(demo.customer, 'POST', `/rest/servicedeskapi/request/${waitingRequest}/comment`, {
      body: 'Sorry, the rego is KLM-482.',
      public: true,
    });
    await harness.settle();

    const checklist = await agentChecklist(harness, waitingRequest);
    expect(checklist.items[0]).toMatchObject({
      state: 'found',
      value: 'KLM482',
      evidence: { source: 'comment' },
    });
    expect(harness.statusOf(waitingRequest)).toBe('In Progress');
    expect(appTransitions(harness)).toHaveLength(1);
  });

  it.each([
    ['an error code', 'The unit shows error ERR404 since this morning.'],
    ['a model name', 'We bought model GPS200 trackers'],
    ['the end of a phone number', 'Please call me on 021 555 123ABC'],
    ['a street address', 'Our depot is at 123 ABC Street'],
    [
      'the app’s own ask quoted in an email reply',
      'Will check the van tonight.\n\n' +
        'On Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n' +
        '> Enter the registration as on the plate, for example ABC123.',
    ],
  ])('takes no registration from a reply with %s', async (_kind, text) => {
    // JSM's own email channel writes the reply as the customer who sent it.
    harness.site.addComment(waitingRequest, harness.accountIdOf(demo.customer), text, true);
    await harness.settle();

    const checklist = await agentChecklist(harness, waitingRequest);
    expect(checklist.items[0]).toMatchObject({
      label: 'Vehicle registration',
      state: 'missing',
      value: null,
    });
  });

  it('ticks the registration written above the quoted ask in an email reply', async () => {
    const text =
      'rego KLM 482\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n' +
      '> Enter the registration as on the plate, for example ABC123.';

    harness.site.addComment(waitingRequest, harness.accountIdOf(demo.customer), text, true);
    await harness.settle();

    const checklist = await agentChecklist(harness, waitingRequest);
    expect(checklist.items[0]).toMatchObject({
      state: 'found',
      value: 'KLM482',
      evidence: { source: 'comment' },
    });
  });

  it('refuses a value that is not a registration and saves nothing', async () => {
    const before = publicComments(harness, waitingRequest).length;

    const answer = await supply(harness, waitingRequest, 'vehicle-registration', 'next week');

    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'This could not be saved.',
        fields: { value: 'Enter the registration as on the plate, for example ABC123.' },
        reasons: { value: 'registration' },
      },
    });
    expect(storedState(harness, waitingRequest)?.checklist?.answers ?? {}).toEqual({});
    expect(publicComments(harness, waitingRequest)).toHaveLength(before);
    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
  });

  it('refuses an over-long value whole', async () => {
    const answer = await supply(harness, waitingRequest, 'users-affected', 'Sam, '.repeat(120));

    expect(answer.ok ? null : answer.error.fields).toEqual({
      value: 'This is 600 characters long; at most 500 fit. Please shorten it.',
    });
    expect(answer.ok ? null : answer.error.reasons).toEqual({ value: 'too-long' });
    expect(storedState(harness, waitingRequest)?.checklist?.answers ?? {}).toEqual({});
  });

  it('lets no customer supply an item kept for the team', async () => {
    const answer = await supply(harness, waitingRequest, 'unit-serial', 'SN-1');

    expect(answer.ok ? null : answer.error.code).toBe('NOT_FOUND');
    expect(storedState(harness, waitingRequest)?.checklist?.answers ?? {}).toEqual({});
  });

  it('tells a customer who is not on the request nothing about its checklist', async () => {
    const answer = await portalChecklist(harness, waitingRequest, demo.otherCustomer);

    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: "We couldn't find this request for you." },
    });
  });

  it('counts a screenshot attached through the portal and says where it was found', async () => {
    harness.site.addAttachment(waitingRequest, harness.accountIdOf(demo.customer), {
      filename: 'map.png',
      mimeType: 'image/png',
    });
    await harness.settle();

    const checklist = await agentChecklist(harness, waitingRequest);
    expect(checklist.items[1]).toMatchObject({
      label: 'Screenshots',
      state: 'found',
      evidence: { source: 'attachment', filename: 'map.png' },
    });
    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
  });

  it('keeps the count of missing required items on the property for JQL', async () => {
    await agentChecklist(harness, fieldMaintenance);

    expect(storedState(harness, fieldMaintenance)?.checklist?.missingCount).toBe(3);
  });
});

describe('asking the customer from the agent panel', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('posts one comment naming exactly the missing customer items and moves the request to wait', async () => {
    const before = publicComments(harness, fieldMaintenance).length;
    harness.site.transition(fieldMaintenance, '131', harness.accountIdOf(demo.agent));
    harness.site.transition(fieldMaintenance, '11', harness.accountIdOf(demo.agent));
    await harness.settle();

    const answer = dataOf(
      await callAgentDefinition<AgentChecklistView>(
        harness,
        fieldMaintenance,
        agentChecklistKeys.askCustomer,
      ),
    );
    await harness.settle();

    const [asked, ...others] = publicComments(harness, fieldMaintenance).slice(before);
    expect(others).toEqual([]);
    expect(asked?.body).toBe(
      [
        'To move your request on, our team needs a few details from you:',
        '- Vehicle registration: The number on the vehicle’s plate, for example ABC123.',
        '- Contact with access to the vehicle: A phone number or email of the person who can give the installer the vehicle.',
        '- Where the vehicle is: The address where the work is to be done.',
        'You can add them in the request panel "Where your request stands", or reply here.',
      ].join('\n'),
    );
    expect(asked?.body).not.toMatch(/serial/i);
    expect(harness.statusOf(fieldMaintenance)).toBe('Waiting for Customer');
    expect(answer.waitsOnCustomer).toBe(true);
  });

  it('lets an agent mark an item not needed, which no longer counts as missing', async () => {
    const answer = dataOf(
      await callAgentDefinition<AgentChecklistView>(
        harness,
        fieldMaintenance,
        agentChecklistKeys.markItem,
        {
          itemId: 'vehicle-location',
          mark: 'not-needed',
        },
      ),
    );

    expect(answer.items[2]).toMatchObject({ state: 'not-needed', evidence: { source: 'agent' } });
    expect(answer.missingCount).toBe(2);
    expect(storedState(harness, fieldMaintenance)?.checklist?.missingCount).toBe(2);
  });

  it('refuses the checklist to a customer calling the agent panel', async () => {
    const answer = await callAgentDefinition(
      harness,
      fieldMaintenance,
      agentChecklistKeys.getChecklist,
      {},
      demo.customer,
    );

    expect(answer.ok ? null : answer.error.code).toBe('FORBIDDEN');
  });
});
