import { agentKeys, type AgentOverview } from '../../src/contracts/agent';
// A customer's reply while a request waits on them hands it back to the team, once per wait.
import {
  agentTransition,
  appTransitions,
  loggedLines,
  passTime,
  postComment,
} from '../adversarial/support';
import { appRestCalls, recordedActions, useSettings } from '../support/comment-rules';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const askTheCustomer = '21';

describe('handing a waiting request back to the team', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it.each([
    ['FS-4', 'Waiting for Customer'],
    ['FS-5', 'Awaiting Purchase Order'],
  ])('moves %s from %s to In Progress when the reporter replies', async (key, waitingStatus) => {
    expect(harness.statusOf(key)).toBe(waitingStatus);

    postComment(harness, demo.customer, key, 'Registration is ABC123, parked at the depot.');
    await harness.settle();

    expect(harness.statusOf(key)).toBe('In Progress');
    expect(appTransitions(harness, key)).toHaveLength(1);
    // Handing back needs no note: the team sees the reply itself.
    expect(harness.site.requireIssue(key).comments.at(-1)?.authorId).toBe(
      harness.accountIdOf(demo.customer),
    );
  });

  it('hands back once for two quick replies in the same wait', async () => {
    postComment(harness, demo.customer, 'FS-4', 'Registration is ABC123.');
    postComment(harness, demo.customer, 'FS-4', 'Oh, and it is parked at the depot.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('In Progress');
    expect(appTransitions(harness, 'FS-4')).toHaveLength(1);
  });

  it('hands back again in the next wait, but not for a late copy of the first reply', async () => {
    postComment(harness, demo.customer, 'FS-4', 'Registration is ABC123.');
    await harness.settle();
    const [firstDelivery] = harness.emulator.events.delivered;
    if (!firstDelivery) throw new Error('no delivery');
    passTime(5);
    agentTransition(harness, 'FS-4', askTheCustomer);
    await harness.settle();
    harness.emulator.events.redeliver(firstDelivery);
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('Waiting for Customer');

    passTime(5);
    postComment(harness, demo.customer, 'FS-4', 'The users affected are Sam and Kim.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('In Progress');
    expect(appTransitions(harness, 'FS-4')).toHaveLength(2);
  });

  it('hands back when a participant who is a customer replies', async () => {
    harness.site.requireIssue('FS-4').participantIds.push(harness.accountIdOf(demo.otherCustomer));

    postComment(harness, demo.otherCustomer, 'FS-4', 'I can answer: it is ABC123.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('In Progress');
  });

  it.each([
    ['an agent’s public reply', demo.agent, true],
    ['an agent’s internal note', demo.agent, false],
    ['an installer', demo.installer, true],
  ])('leaves the request waiting for %s', async (_case, email, isPublic) => {
    postComment(harness, email, 'FS-4', 'Any news on the registration?', isPublic);
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('Waiting for Customer');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('treats a status the admin mapped to waiting on the customer as waiting', async () => {
    await useSettings({ statusMapping: { 'On Hold': 'waiting-for-customer' } });

    postComment(harness, demo.customer, 'FS-15', 'The bus is back at the depot now.');
    await harness.settle();

    expect(harness.statusOf('FS-15')).toBe('In Progress');
  });

  it('hands back to the status the admin chose', async () => {
    await useSettings({ handBack: { targetStatus: 'In Review' } });
    harness.site
      .project('FS')
      ?.workflow.transitions.push({ id: '171', name: 'Back to review', from: ['3'], to: '1' });

    postComment(harness, demo.customer, 'FS-4', 'ABC123.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('In Review');
  });

  it('leaves the request waiting when the admin turned the rule off, without asking Jira anything', async () => {
    await useSettings({ handBack: { enabled: false } });

    postComment(harness, demo.customer, 'FS-4', 'ABC123.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('Waiting for Customer');
    expect(appRestCalls(harness)).toHaveLength(0);
  });

  it('warns with what it expected, records the refusal and does not fail when the workflow offers no way', async () => {
    const workflow = harness.site.project('FS')?.workflow;
    if (!workflow) throw new Error('no workflow');
    workflow.transitions = workflow.transitions.filter((t) => t.id !== '11');
    const warn = jest.spyOn(console, 'warn');

    postComment(harness, demo.customer, 'FS-4', 'ABC123.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('Waiting for Customer');
    expect(loggedLines(warn)).toContainEqual(
      expect.objectContaining({
        issueKey: 'FS-4',
        outcome: 'not-applied',
        reason: 'the workflow offers no way from Waiting for Customer to In Progress',
      }),
    );
    expect(recordedActions(harness, 'FS-4')).toEqual([
      expect.objectContaining({
        rule: 'hand-back',
        outcome: 'not-applied',
        summary:
          'Could not move to In Progress: the workflow offers no way from Waiting for Customer to In Progress',
      }),
    ]);
    expect(harness.log.ofType('invocation').filter((run) => run.outcome !== 'done')).toEqual([]);
    warn.mockRestore();
  });

  it('records the hand-back on the request: what, why, which comment and when', async () => {
    const reply = postComment(harness, demo.customer, 'FS-4', 'ABC123.').body as { id: string };
    await harness.settle();
    const comment = harness.site.requireIssue('FS-4').comments.find((c) => c.id === reply.id);

    expect(recordedActions(harness, 'FS-4')).toEqual([
      {
        eventKey: `comment:${reply.id}`,
        rule: 'hand-back',
        summary: 'Moved from Waiting for Customer to In Progress',
        reason: 'The customer replied while the request waited on them.',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
        outcome: 'applied',
        triggeredAt: new Date(
          Date.parse((comment?.created ?? '').replace('+0000', 'Z')),
        ).toISOString(),
      },
    ]);
  });
});

describe('the hand-back in the agent panel', () => {
  it('shows the agent when the customer’s reply handed the request back', async () => {
    const harness = await startHarness();
    const reply = postComment(harness, demo.customer, 'FS-4', 'ABC123.').body as { id: string };
    await harness.settle();
    const written = harness.site.requireIssue('FS-4').comments.find((c) => c.id === reply.id);

    const answer = (await harness.emulator.invokeResolver(
      'status-guide-agent-panel',
      { functionKey: agentKeys.getOverview, payload: {} },
      {
        accountId: harness.accountIdOf(demo.agent),
        extension: { issue: { key: 'FS-4' }, project: { key: 'FS' } },
      },
    )) as { ok: true; data: AgentOverview };

    expect(answer.data.recentActions).toEqual([
      {
        rule: 'hand-back',
        summary: 'Moved from Waiting for Customer to In Progress',
        reason: 'The customer replied while the request waited on them.',
        at: expect.any(String) as string,
        isApplied: true,
        triggeredAt: new Date(
          Date.parse((written?.created ?? '').replace('+0000', 'Z')),
        ).toISOString(),
      },
    ]);
  });
});
