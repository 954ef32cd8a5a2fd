import { agentChecklistKeys, type AgentChecklistView } from '../../src/contracts/checklist';
import { callAgentDefinition, dataOf } from '../support/panel-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const waitingRequest = 'FS-4';

const screenshotsItem = async (harness: Harness) =>
  dataOf(
    await callAgentDefinition<AgentChecklistView>(
      harness,
      waitingRequest,
      agentChecklistKeys.getChecklist,
    ),
  ).items.find((entry) => entry.id === 'screenshots');

describe('files attached to a request waiting on the customer', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it.each([
    ['an agent', demo.agent],
    ['an integration', demo.integration],
  ])('does not count a picture %s attached as the customer’s screenshot', async (_who, email) => {
    harness.site.addAttachment(waitingRequest, harness.accountIdOf(email), {
      filename: 'our-dashboard.png',
      mimeType: 'image/png',
    });
    await harness.settle();

    expect(await screenshotsItem(harness)).toMatchObject({ state: 'missing' });
    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
  });

  it('counts the picture the customer attached', async () => {
    harness.site.addAttachment(waitingRequest, harness.accountIdOf(demo.customer), {
      filename: 'van-12-screen.png',
      mimeType: 'image/png',
    });
    await harness.settle();

    expect(await screenshotsItem(harness)).toMatchObject({
      state: 'found',
      evidence: { source: 'attachment', filename: 'van-12-screen.png' },
    });
  });
});

describe('the checklist of a resolved request in the agent panel', () => {
  it('offers nothing to ask the customer once the request is resolved', async () => {
    const harness = await startHarness();

    const checklist = dataOf(
      await callAgentDefinition<AgentChecklistView>(
        harness,
        'FS-1',
        agentChecklistKeys.getChecklist,
      ),
    );

    expect(checklist.askableCount).toBe(0);
  });
});
