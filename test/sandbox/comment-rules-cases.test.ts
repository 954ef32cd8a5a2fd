// CASES.md C1 to C8 end to end in the sandbox: what the customer and the team see afterwards.
import { defaultConfig } from '../../src/domain/config/defaults';
import { composeReopenNote } from '../../src/domain/rules/reopen-note';
import { appTransitions, postComment } from '../adversarial/support';
import {
  appComments,
  appRestCalls,
  commentTriggerRuns,
  enteredAt,
  useSettings,
} from '../support/comment-rules';
import { restoreClock, setClock } from '../support/fixed-clock';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const dayMs = 86_400_000;
const waitingRequest = 'FS-4';
const thankYouNote =
  'The customer thanked the team on this resolved request; it stays resolved. ' +
  'Nothing more is needed unless you want to reply.';

/** Writes a comment through Jira's platform API, as JSM's email channel or a mail relay does. */
const postEmailReply = (harness: Harness, email: string, issueKey: string, text: string) =>
  harness.rest(email, 'POST', `/rest/api/3/issue/${issueKey}/comment`, {
    body: {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    },
  });

/** Adds a mail relay account (an app, as an email-channel add-on is) to the site and project. */
const addMailRelay = (harness: Harness): string => {
  harness.site.state.users.push({
    accountId: 'app-mail-relay',
    email: 'relay@mail.example',
    displayName: 'Mail Relay',
    accountType: 'app',
    timeZone: 'UTC',
    locale: 'en-US',
    isSiteAdmin: false,
    role: 'Email channel add-on',
  });
  return 'app-mail-relay';
};

describe('the comment rules on the field cases', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
    restoreClock();
  });

  // C1: "The app reopens it and posts a public note. Exactly one transition happens; the app's
  // own note and transition trigger nothing further."
  it('C1: reopens once with one public note, and its own note and move trigger nothing', async () => {
    postComment(harness, demo.customer, resolvedRequest, 'It stopped reporting again.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness, resolvedRequest)).toHaveLength(1);
    expect(appComments(harness, resolvedRequest)).toEqual([
      { body: composeReopenNote(defaultConfig), isPublic: true },
    ]);
    const ownEvents = harness.log.ofType('event').slice(1);
    expect(ownEvents.map((event) => [event.eventType, event.delivered])).toEqual([
      ['avi:jira:updated:issue', []],
      ['avi:jira:commented:issue', []],
    ]);
    expect(commentTriggerRuns(harness)).toHaveLength(1);
  });

  // C2: "500 internal comments by agents across 50 requests in an hour: no transition, and the
  // trigger's filter expression keeps most of them from invoking the function at all."
  it('C2: 500 internal notes across 50 requests move nothing and invoke nothing', async () => {
    const keys = Array.from({ length: 50 }, (_, index) => `FS-${(index % 16) + 1}`);
    const before = keys.map((key) => harness.statusOf(key));
    const agentId = harness.accountIdOf(demo.agent);

    for (let round = 0; round < 10; round += 1) {
      for (const key of keys) harness.site.addComment(key, agentId, `Note ${round}.`, false);
    }
    await harness.settle();

    expect(keys.map((key) => harness.statusOf(key))).toEqual(before);
    expect(commentTriggerRuns(harness)).toHaveLength(0);
    expect(appRestCalls(harness)).toHaveLength(0);
  });

  // C3: "An integration account that holds an agent licence mirrors a partner's comment as public
  // while the request waits for the customer: the status does not change."
  it.each([
    ['listed by the admin as an integration', true],
    ['not listed, with only its agent licence', false],
  ])('C3: an integration %s leaves a waiting request waiting', async (_case, isListed) => {
    if (isListed)
      await useSettings({ accounts: { integrations: [harness.accountIdOf(demo.integration)] } });

    postComment(harness, demo.integration, waitingRequest, 'Partner: the unit was swapped.');
    await harness.settle();

    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  // C5: "An agent adds a public closing note to a Resolved request: it stays Resolved."
  it.each([
    ['an agent', demo.agent],
    ['an installer with an agent licence', demo.installer],
    ['an admin', demo.admin],
  ])('C5: a public closing note by %s leaves the request resolved', async (_who, email) => {
    postComment(harness, email, resolvedRequest, 'Closing note: the SIM card was replaced.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
    expect(appComments(harness, resolvedRequest)).toEqual([]);
  });

  // C6: "The customer leaves a satisfaction rating with a remark on a Resolved request: no reopen."
  it.each([
    [
      'with a remark',
      { type: 'csat', rating: 2, comment: { body: 'It took a week; still broken.' } },
    ],
    ['without a remark', { type: 'csat', rating: 5 }],
  ])('C6: a satisfaction rating %s never reopens and costs no Jira call', async (_case, body) => {
    const answer = harness.rest(
      demo.customer,
      'POST',
      `/rest/servicedeskapi/request/${resolvedRequest}/feedback`,
      body,
    );
    await harness.settle();

    expect(answer.status).toBe(201);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(harness.log.ofType('event').map((event) => event.eventType)).toEqual([
      'avi:jira:updated:issue',
    ]);
    expect(commentTriggerRuns(harness)).toHaveLength(0);
    expect(appRestCalls(harness)).toHaveLength(0);
    expect(
      harness.rest(demo.customer, 'GET', `/rest/servicedeskapi/request/${resolvedRequest}/feedback`)
        .body,
    ).toEqual(body);
  });

  // C7: "The customer writes "works now, thanks" the day after resolution. With the option "a
  // plain thank-you does not reopen" on, the request stays Resolved and the team gets an
  // internal note."
  it.each([
    'works now, thanks',
    'Thank you so much!',
    'All sorted now, cheers 🙏',
    'Perfect. Thanks heaps, team',
  ])(
    'C7: "%s" the day after leaves the request resolved with one internal note for the team',
    async (text) => {
      await useSettings({ reopen: { thankYouKeepsResolved: true } });
      setClock(new Date(enteredAt(harness, resolvedRequest, 'Resolved') + dayMs).toISOString());

      postComment(harness, demo.customer, resolvedRequest, text);
      await harness.settle();

      expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
      expect(appComments(harness, resolvedRequest)).toEqual([
        { body: thankYouNote, isPublic: false },
      ]);
      const customerView = harness.rest(
        demo.customer,
        'GET',
        `/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      );
      expect(
        (customerView.body as { values: { body: string }[] }).values.map((c) => c.body),
      ).not.toContain(thankYouNote);
    },
  );

  it.each([
    'thanks, but it broke again',
    'Thanks! Is the invoice coming too?',
    'not sorted, thanks',
  ])('C7: "%s" still reopens the request with the option on', async (text) => {
    await useSettings({ reopen: { thankYouKeepsResolved: true } });

    postComment(harness, demo.customer, resolvedRequest, text);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it.each([
    ['with an email signature', 'Thanks!\n\nKind regards,\nCasey Customer'],
    [
      'above the quoted email history',
      'Thanks heaps\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n' +
        '> Your request was resolved',
    ],
    ['with a device footer', 'Thanks. Sent from my iPhone'],
    ['as an emoji alone', '👍'],
    ['in French', 'Merci beaucoup, ça marche !'],
    ['in Māori', 'Kia ora, ka pai'],
  ])('C7: a thank-you by email %s leaves the request resolved', async (_kind, text) => {
    await useSettings({ reopen: { thankYouKeepsResolved: true } });

    // JSM's own email channel writes the reply as the customer who sent it.
    harness.site.addComment(resolvedRequest, harness.accountIdOf(demo.customer), text, true);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appComments(harness, resolvedRequest)).toEqual([
      { body: thankYouNote, isPublic: false },
    ]);
  });

  it.each([
    ['resolved', resolvedRequest, 'Resolved'],
    ['waiting on the customer', waitingRequest, 'Waiting for Customer'],
  ])(
    'an out-of-office reply leaves a %s request where it is and logs why',
    async (_standing, issueKey, status) => {
      const lines: string[] = [];
      const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => {
        lines.push(line);
      });
      const statusBefore = harness.statusOf(issueKey);

      harness.site.addComment(
        issueKey,
        harness.accountIdOf(demo.customer),
        'Automatic reply: I am out of the office until 14 December and will reply on my return.',
        true,
      );
      await harness.settle();
      spy.mockRestore();

      expect(statusBefore).toBe(status);
      expect(harness.statusOf(issueKey)).toBe(status);
      expect(appTransitions(harness, issueKey)).toEqual([]);
      expect(appComments(harness, issueKey)).toEqual([]);
      const handled = lines
        .filter((line) => line.includes('comment event handled'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(handled).toEqual([
        expect.objectContaining({ issueKey, outcome: 'skipped', reason: 'auto-reply' }),
      ]);
    },
  );

  // C8: "The customer comments 2 days after resolution, once through the portal and once by
  // email reply, with a reopen window of 7 days: both reopen the request, to the configured
  // status."
  it.each([
    [
      'through the portal',
      (h: Harness) => postComment(h, demo.customer, resolvedRequest, 'Offline again.'),
    ],
    [
      'by email reply',
      // JSM's own email channel writes the reply as the customer who sent it.
      (h: Harness) =>
        h.site.addComment(resolvedRequest, h.accountIdOf(demo.customer), 'Offline again.', true),
    ],
    [
      'by email through a relay listed as a customer proxy',
      (h: Harness) => postEmailReply(h, 'relay@mail.example', resolvedRequest, 'Offline again.'),
    ],
  ])(
    'C8: a comment 2 days after resolution %s reopens to the configured status',
    async (_channel, write) => {
      // This desk's workflow reopens straight to In Progress, and the admin chose that status.
      harness.site
        .project('FS')
        ?.workflow.transitions.push({ id: '161', name: 'Reopen to work', from: ['15'], to: '2' });
      const relay = addMailRelay(harness);
      harness.site.requireIssue(resolvedRequest).participantIds.push(relay);
      await useSettings({
        reopen: { windowDays: 7, targetStatus: 'In Progress' },
        accounts: { customerProxies: [relay] },
      });
      setClock(new Date(enteredAt(harness, resolvedRequest, 'Resolved') + 2 * dayMs).toISOString());

      write(harness);
      await harness.settle();

      expect(harness.statusOf(resolvedRequest)).toBe('In Progress');
      expect(appTransitions(harness, resolvedRequest)).toHaveLength(1);
    },
  );

  it('C8: a comment after the 7-day window stays resolved and gets one note inviting a new request', async () => {
    await useSettings({ reopen: { windowDays: 7 } });
    setClock(new Date(enteredAt(harness, resolvedRequest, 'Resolved') + 8 * dayMs).toISOString());

    postComment(harness, demo.customer, resolvedRequest, 'It is offline again.');
    await harness.settle();
    postComment(harness, demo.customer, resolvedRequest, 'Hello? Still offline.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appComments(harness, resolvedRequest)).toEqual([
      {
        body:
          'Thanks for your message. This request was closed more than 7 days ago, so it stays ' +
          'closed. If something still needs our team, please raise a new request: ' +
          'http://localhost:8080/servicedesk/customer/portal/1',
        isPublic: true,
      },
    ]);
  });
});
