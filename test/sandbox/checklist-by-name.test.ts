import {
  agentChecklistKeys,
  type AgentChecklistView,
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../src/contracts/checklist';
import { callAgentDefinition, callPortalDefinition, dataOf } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

/** Seeded: "Tracker offline on ute", raised as request type 10, waiting for Casey's reply. */
const waitingFault = 'FS-4';

const portalItems = async (harness: Harness, key: string) =>
  dataOf(
    await callPortalDefinition<CustomerChecklistView>(
      harness,
      key,
      portalChecklistKeys.getChecklist,
      {},
      demo.customer,
    ),
  ).items.map((item) => item.label);

const agentItems = async (harness: Harness, key: string) =>
  dataOf(
    await callAgentDefinition<AgentChecklistView>(harness, key, agentChecklistKeys.getChecklist),
  ).items.map((item) => item.label);

const addRequestType = (harness: Harness, projectKey: string, id: string, name: string) => {
  const project = harness.site.project(projectKey);
  if (project === undefined) throw new Error(`No project ${projectKey} in the seed.`);
  project.requestTypes.push({ id, name, description: 'Added by the test.' });
};

const raise = (harness: Harness, projectKey: string, requestTypeId: string) =>
  harness.site.createRequest({
    projectKey,
    requestTypeId,
    reporterId: harness.accountIdOf(demo.customer),
    summary: 'Unit offline',
    description: 'The tracker stopped reporting yesterday.',
  }).key;

describe('the checklist chosen by the request type’s name', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('gives a request type named "Report a fault" under another id the fault items', async () => {
    addRequestType(harness, 'FS', '10315', 'Report a fault');

    const key = raise(harness, 'FS', '10315');
    await harness.settle();

    expect(await portalItems(harness, key)).toEqual([
      'Vehicle registration',
      'Screenshots',
      'Users affected',
    ]);
    expect(await agentItems(harness, key)).toEqual([
      'Vehicle registration',
      'Screenshots',
      'Users affected',
      'Serial number of the unit',
    ]);
  });

  it('gives the demo desk’s request types their items by name, as before', async () => {
    expect(await portalItems(harness, waitingFault)).toEqual([
      'Vehicle registration',
      'Screenshots',
      'Users affected',
    ]);
    expect(await agentItems(harness, 'FS-10')).toEqual([
      'Vehicle registration',
      'Contact with access to the vehicle',
      'Where the vehicle is',
      'Serial number of the unit',
    ]);
  });

  it('gives request type 10 nothing once its name speaks of no kind of request', async () => {
    const faults = harness.site.project('FS')?.requestTypes.find((type) => type.id === '10');
    if (faults === undefined) throw new Error('The seed has no request type 10.');
    faults.name = 'General enquiry';

    expect(await portalItems(harness, waitingFault)).toEqual([]);
  });

  it('gives a request type on another desk, named "Order hardware", the order items', async () => {
    addRequestType(harness, 'IT', '10420', 'Order hardware');

    const key = raise(harness, 'IT', '10420');
    await harness.settle();

    expect(await agentItems(harness, key)).toEqual([
      'Purchase order number',
      'Contact with access to the vehicle',
    ]);
    expect(await agentItems(harness, 'IT-2')).toEqual([]);
  });
});
