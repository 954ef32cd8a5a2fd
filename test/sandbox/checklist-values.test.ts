// What a customer supplies for a checklist item, in the panel or in a comment, however they type it,
// and who may supply it.
import {
  agentChecklistKeys,
  type AgentChecklistView,
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../src/contracts/checklist';
import { callAgentDefinition, callPortalDefinition, dataOf } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const waitingRequest = 'FS-4'; // Report a fault, Waiting for Customer, registration missing
const quoteRequest = 'FS-5'; // Order hardware, Awaiting Purchase Order
const inProgress = 'FS-3'; // Report a fault, In Progress, Morgan is a participant

const supply = (
  harness: Harness,
  key: string,
  itemId: string,
  value: string,
  email: string = demo.customer,
) =>
  callPortalDefinition<CustomerChecklistView>(
    harness,
    key,
    portalChecklistKeys.supplyItem,
    { itemId, value },
    email,
  );

const agentChecklist = async (harness: Harness, key: string) =>
  dataOf(
    await callAgentDefinition<AgentChecklistView>(harness, key, agentChecklistKeys.getChecklist),
  );

const itemOf = async (harness: Harness, key: string, id: string) =>
  (await agentChecklist(harness, key)).items.find((item) => item.id === id);

describe('the registration in odd formats', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.settle());

  // C26: the panel takes the registration however the customer types it, stored in capitals
  // without spaces, and the waiting request goes back to the team.
  it.each([' klm 482 ', 'klm-482', 'KLM\t482'])('the panel takes %j as KLM482', async (value) => {
    const answer = await supply(harness, waitingRequest, 'vehicle-registration', value);
    expect(answer.ok).toBe(true);
    await harness.settle();
    expect(await itemOf(harness, waitingRequest, 'vehicle-registration')).toMatchObject({
      value: 'KLM482',
    });
    expect(harness.statusOf(waitingRequest)).toBe('In Progress');
  });

  // New Zealand issues personalised plates of one to six letters and digits ("TRUCK1"); a
  // customer whose van carries one must be able to give it, or the request stays stuck on them.
  it.each(['TRUCK1', 'FLEET', 'VAN7'])(
    'the panel takes the personalised plate %s',
    async (value) => {
      const answer = await supply(harness, waitingRequest, 'vehicle-registration', value);
      expect(answer.ok).toBe(true);
    },
  );

  // Full-width characters come from Asian keyboards / IMEs: the same plate.
  it('the panel takes a plate typed in full-width characters', async () => {
    const answer = await supply(harness, waitingRequest, 'vehicle-registration', 'ＫＬＭ４８２');
    expect(answer.ok).toBe(true);
    await harness.settle();
    expect(await itemOf(harness, waitingRequest, 'vehicle-registration')).toMatchObject({
      value: 'KLM482',
    });
  });

  // C26 "or a comment carrying it": the same plate in a comment, however it is cued.
  it.each([
    'Rego: klm482',
    'KLM482',
    'the ute is KLM 482 🚗',
    'Plate KLM482.\n\nSent from my iPhone',
    'rego is KLM482 (the white one)',
  ])('a comment %j ticks the registration', async (text) => {
    harness.site.addComment(waitingRequest, harness.accountIdOf(demo.customer), text, true);
    await harness.settle();
    expect(await itemOf(harness, waitingRequest, 'vehicle-registration')).toMatchObject({
      state: 'found',
      value: 'KLM482',
    });
  });

  // Rule 5 kind: an agent's internal note naming a plate is not the customer's answer... but
  // an internal note is the team's own knowledge; what must never happen is a plate read from
  // a comment another customer (not on the request) could not have written. Here: a comment
  // by the integration (a partner mirror) does not tick the customer's item.
  it('a plate in the integration’s mirrored comment does not tick the item', async () => {
    harness.site.addComment(
      waitingRequest,
      harness.accountIdOf(demo.integration),
      'Partner says rego KLM482',
      true,
    );
    await harness.settle();
    expect(await itemOf(harness, waitingRequest, 'vehicle-registration')).toMatchObject({
      state: 'missing',
    });
  });
});

describe('the purchase order number (Awaiting Purchase Order)', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.settle());

  // Status model: "work starts once the customer supplies a purchase order number"; POs come
  // as PO-4512, PO#4512, "P.O. 4512", or a bare ERP number.
  it.each(['PO-4500012345', 'PO#4512', 'P.O. 4512', '4500012345', 'po 4512'])(
    'the panel takes %j and the request goes back to the team',
    async (value) => {
      const answer = await supply(harness, quoteRequest, 'purchase-order', value);
      expect(answer.ok).toBe(true);
      await harness.settle();
      expect(harness.statusOf(quoteRequest)).toBe('In Progress');
    },
  );

  it.each(['Our PO number is 4500012345', 'PO: 4512, thanks', 'Bon de commande : PO-4512'])(
    'a comment %j ticks the purchase order',
    async (text) => {
      harness.site.addComment(quoteRequest, harness.accountIdOf(demo.customer), text, true);
      await harness.settle();
      expect(await itemOf(harness, quoteRequest, 'purchase-order')).toMatchObject({
        state: 'found',
      });
    },
  );
});

describe('who may supply an item (C24, C28 kind)', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(() => harness.settle());

  // A participant acts for the customer: Morgan on FS-3.
  it('a participant supplies the registration of a request they are on', async () => {
    const answer = await supply(
      harness,
      inProgress,
      'vehicle-registration',
      'KLM482',
      demo.otherCustomer,
    );
    expect(answer.ok).toBe(true);
  });

  // C24: Morgan is not on FS-4: the resolver returns nothing and writes nothing.
  it('a customer not on the request supplies nothing', async () => {
    const before = harness.site.requireIssue(waitingRequest).comments.length;
    const answer = await supply(
      harness,
      waitingRequest,
      'vehicle-registration',
      'KLM482',
      demo.otherCustomer,
    );
    expect(answer.ok).toBe(false);
    await harness.settle();
    expect(harness.site.requireIssue(waitingRequest).comments.length).toBe(before);
    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
  });

  it.each(['__proto__', 'constructor', 'unit-serial', 'VEHICLE-REGISTRATION', ''])(
    'refuses the item id %j and writes nothing',
    async (itemId) => {
      const before = harness.site.requireIssue(waitingRequest).comments.length;
      const answer = await supply(harness, waitingRequest, itemId, 'KLM482');
      expect(answer.ok).toBe(false);
      await harness.settle();
      expect(harness.site.requireIssue(waitingRequest).comments.length).toBe(before);
    },
  );

  // An installer with an agent licence is not the customer: the portal module refuses them.
  it('the portal module refuses an agent-licensed installer', async () => {
    const answer = await supply(
      harness,
      waitingRequest,
      'vehicle-registration',
      'KLM482',
      demo.installer,
    );
    expect(answer.ok).toBe(false);
  });
});
