// The reopen window and the plain thank-you over a request's history: a second done status,
// a reopen and a resolution again, and a thank-you that comes after the window.
import { postComment } from '../adversarial/support';
import { appComments, enteredAt, useSettings } from '../support/comment-rules';
import { restoreClock, setClock } from '../support/fixed-clock';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const dayMs = 86_400_000;

/** Gives the field-service workflow a second done status, "Closed", reached from Resolved. */
const addClosedStatus = (harness: Harness) => {
  const workflow = harness.site.project('FS')!.workflow;
  workflow.statuses.push({ id: '16', name: 'Closed', category: 'done' });
  workflow.transitions.push({ id: '161', name: 'Close', from: ['15'], to: '16' });
  const reopen = workflow.transitions.find((t) => t.id === '151')!;
  reopen.from = ['15', '16'];
};

describe('the reopen window, counted from the resolution', () => {
  let harness: Harness;
  let resolvedAt: number;
  beforeEach(async () => {
    setClock('2026-12-01T21:00:00Z');
    harness = await startHarness();
    resolvedAt = enteredAt(harness, resolvedRequest, 'Resolved');
  });
  afterEach(async () => {
    await harness.settle();
    restoreClock();
  });

  // The window is days after the resolution. Moving a resolved request on to Closed
  // (the status model's "Resolved, or Completed": another done status) does not resolve it
  // again, so a comment 8 days after resolution is after a 7-day window and gets the note.
  it('does not restart the window when the resolved request is closed', async () => {
    addClosedStatus(harness);
    await useSettings({ reopen: { windowDays: 7 } });
    setClock(new Date(resolvedAt + 3 * dayMs).toISOString());
    harness.site.transition(resolvedRequest, '161', harness.accountIdOf(demo.agent));
    await harness.settle();

    setClock(new Date(resolvedAt + 8 * dayMs).toISOString());
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Closed');
    expect(appComments(harness, resolvedRequest)).toHaveLength(1);
    expect(appComments(harness, resolvedRequest)[0]?.isPublic).toBe(true);
  });

  // A customer comment on the Closed status (also done) reopens it within the window.
  it('reopens a Closed request within the window', async () => {
    addClosedStatus(harness);
    await useSettings({ reopen: { windowDays: 7 } });
    setClock(new Date(resolvedAt + 1 * dayMs).toISOString());
    harness.site.transition(resolvedRequest, '161', harness.accountIdOf(demo.agent));
    await harness.settle();
    setClock(new Date(resolvedAt + 2 * dayMs).toISOString());
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  // A request reopened and resolved again: the window runs from the latest resolution.
  it('counts the window from the latest resolution after a reopen', async () => {
    await useSettings({ reopen: { windowDays: 7 } });
    setClock(new Date(resolvedAt + 1 * dayMs).toISOString());
    postComment(harness, demo.customer, resolvedRequest, 'Broken again');
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    setClock(new Date(resolvedAt + 6 * dayMs).toISOString());
    harness.site.transition(resolvedRequest, '141', harness.accountIdOf(demo.agent));
    await harness.settle();
    setClock(new Date(resolvedAt + 10 * dayMs).toISOString());
    postComment(harness, demo.customer, resolvedRequest, 'And again!');
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  // After the window the customer only says thanks. Telling them publicly to raise a new
  // request in answer to "Thanks!" is wrong; a polished product keeps it resolved with the
  // internal thank-you note only (the thank-you option is on), and no public note.
  it('answers a plain thank-you after the window without inviting a new request', async () => {
    await useSettings({ reopen: { windowDays: 7, thankYouKeepsResolved: true } });
    setClock(new Date(resolvedAt + 9 * dayMs).toISOString());
    postComment(harness, demo.customer, resolvedRequest, 'Thanks again, all good!');
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appComments(harness, resolvedRequest).filter((c) => c.isPublic)).toEqual([]);
    expect(appComments(harness, resolvedRequest).filter((c) => !c.isPublic)).toHaveLength(1);
  });

  // Two late comments (one from the portal, one by email) after the window: one note, not two.
  it('posts one after-window note for two late comments', async () => {
    await useSettings({ reopen: { windowDays: 7 } });
    setClock(new Date(resolvedAt + 9 * dayMs).toISOString());
    postComment(harness, demo.customer, resolvedRequest, 'It stopped again.');
    harness.rest(demo.customer, 'POST', `/rest/api/3/issue/${resolvedRequest}/comment`, {
      body: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Still broken (email)' }] }],
      },
    });
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appComments(harness, resolvedRequest)).toHaveLength(1);
  });
});
