import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const comment = (harness: Harness, email: string, body: string, isPublic = true) =>
  harness.rest(email, 'POST', `/rest/servicedeskapi/request/${resolvedRequest}/comment`, {
    body,
    public: isPublic,
  });

const appTransitions = (harness: Harness) =>
  harness.log
    .ofType('rest')
    .filter(
      (call) =>
        call.source === 'app' && call.method === 'POST' && call.path.endsWith('/transitions'),
    );

describe('reopening a resolved request', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('reopens the request to In Review when the reporting customer comments', async () => {
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');

    const answer = comment(harness, demo.customer, 'It stopped reporting again this morning.');
    await harness.settle();

    expect(answer.status).toBe(201);
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness)).toHaveLength(1);
  });

  it('records the reopen on the request so the agent can see why', async () => {
    comment(harness, demo.customer, 'Still broken.');
    await harness.settle();

    const property = harness.rest(
      demo.agent,
      'GET',
      `/rest/api/3/issue/${resolvedRequest}/properties/status-guide`,
    );
    expect(property.status).toBe(200);
    expect(property.body).toMatchObject({
      value: { appliedActions: [{ rule: 'reopen', summary: 'Moved from Resolved to In Review' }] },
    });
  });

  it('reopens when a participant who is a customer comments', async () => {
    harness.site
      .requireIssue(resolvedRequest)
      .participantIds.push(harness.accountIdOf(demo.otherCustomer));

    comment(harness, demo.otherCustomer, 'Same problem on my side.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it('leaves the request resolved when an agent adds an internal note', async () => {
    comment(harness, demo.agent, 'Checked the logs, all fine.', false);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('leaves the request resolved when an agent replies publicly', async () => {
    comment(harness, demo.agent, 'Closing note: replaced the SIM card.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('leaves the request resolved when an integration holding an agent licence mirrors a comment', async () => {
    comment(harness, demo.integration, 'Partner ticket updated.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('leaves the request resolved when the customer edits an old comment', async () => {
    const agentId = harness.accountIdOf(demo.agent);
    harness.site.transition(resolvedRequest, '151', agentId);
    const old = harness.site.addComment(
      resolvedRequest,
      harness.accountIdOf(demo.customer),
      'Thanks!',
      true,
    );
    await harness.settle();
    harness.site.transition(resolvedRequest, '141', agentId);
    await harness.settle();

    harness.site.editComment(
      resolvedRequest,
      old.id,
      harness.accountIdOf(demo.customer),
      'Thanks a lot!',
    );
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('leaves the request resolved, warns and tells the agent when the workflow cannot reach the target', async () => {
    harness.site.project('FS')?.workflow.transitions.splice(0, Infinity);
    const warn = jest.spyOn(console, 'warn');

    comment(harness, demo.customer, 'Broken again.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(warn.mock.calls.map(([line]) => JSON.parse(String(line)) as unknown)).toContainEqual(
      expect.objectContaining({
        outcome: 'not-applied',
        reason: 'the workflow offers no way from Resolved to In Review',
        issueKey: 'FS-1',
      }),
    );
    const property = harness.rest(
      demo.agent,
      'GET',
      `/rest/api/3/issue/${resolvedRequest}/properties/status-guide`,
    );
    expect(property.body).toMatchObject({
      value: {
        appliedActions: [
          {
            outcome: 'not-applied',
            summary:
              'Could not move to In Review: the workflow offers no way from Resolved to In Review',
          },
        ],
      },
    });
  });

  it('triggers nothing further with its own transition', async () => {
    comment(harness, demo.customer, 'Please look again.');
    await harness.settle();

    const events = harness.log.ofType('event');
    const update = events.find((event) => event.eventType === 'avi:jira:updated:issue');
    expect(update?.delivered).toEqual([]);
    expect(update?.dropped).toEqual([
      { trigger: 'status-guide-issue-updated-trigger', why: 'ignoreSelf' },
    ]);
    expect(appTransitions(harness)).toHaveLength(1);
  });

  it('transitions once when the same comment event is delivered twice', async () => {
    comment(harness, demo.customer, 'Not fixed.');
    await harness.settle();
    const [delivery] = harness.emulator.events.delivered;
    if (!delivery) throw new Error('no delivery');

    harness.emulator.events.redeliver(delivery);
    await harness.settle();

    expect(appTransitions(harness)).toHaveLength(1);
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it('keeps internal notes out of the filter-passing events so they cost no invocation', async () => {
    comment(harness, demo.agent, 'Internal only.', false);
    await harness.settle();

    const [event] = harness.log.ofType('event');
    expect(event?.delivered).toEqual([]);
    expect(event?.dropped).toEqual([
      { trigger: 'status-guide-comment-trigger', why: 'expression' },
    ]);
  });
});
