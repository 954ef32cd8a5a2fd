// The exported trigger handlers called directly with junk and with payloads that lie.
import { kvs } from '@forge/kvs';

import { defaultConfig } from '../../src/domain/config/defaults';
import { onCommentEvent, onIssueUpdatedEvent } from '../../src/index';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, commentPayload, passTime, postComment } from './support';

const junk: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'avi:jira:commented:issue'],
  ['a number', 42],
  ['an array', [{ issue: { id: '10001', key: 'FS-1' } }]],
  ['an empty object', {}],
  ['an issue without a comment', { issue: { id: '10001', key: 'FS-1' } }],
  ['a comment without an issue', { comment: { id: '10001' } }],
  ['numeric ids', { issue: { id: 10001, key: 'FS-1' }, comment: { id: 10001 } }],
  [
    'a comment without an author',
    { issue: { id: '10001', key: 'FS-1' }, comment: { id: '10001', created: 'x' } },
  ],
  [
    'a comment whose author is a string',
    {
      issue: { id: '10001', key: 'FS-1' },
      comment: { id: '10001', author: 'casey', created: '2026-01-01T00:00:00.000+0000' },
    },
  ],
  [
    'a prototype-polluting payload',
    JSON.parse(
      '{"__proto__":{"polluted":true},"issue":{"id":"10001","key":"FS-1","__proto__":{"x":1}},"comment":{"id":"1","author":{"accountId":"a"},"created":"c"}}',
    ) as unknown,
  ],
];

describe('the comment trigger fed junk', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it.each(junk)('ignores %s without throwing or acting', async (_name, payload) => {
    await expect(onCommentEvent(payload)).resolves.toBeUndefined();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a key with a slash', 'FS-1/../FS-16'],
    ['a key of dots', '..'],
    ['a key with a query', 'FS-1?expand=all'],
    ['a key with a fragment', 'FS-1#x'],
    ['a 10,000-character key', `FS-${'9'.repeat(10000)}`],
    ['an empty-looking key', ' '],
  ])('ignores an event whose issue key is %s, without throwing', async (_name, key) => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    const payload = commentPayload(harness, resolvedRequest, (answer.body as { id: string }).id);
    const issue = payload.issue as Record<string, unknown>;

    await expect(onCommentEvent({ ...payload, issue: { ...issue, key } })).resolves.toBeUndefined();
  });

  it.each([
    ['a slash', '10001/../10002'],
    ['a question mark', '10001?x=1'],
    ['dots', '..'],
  ])('ignores an event whose comment id contains %s, without throwing', async (_name, id) => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'Broken.');
    const payload = commentPayload(harness, resolvedRequest, (answer.body as { id: string }).id);
    const comment = payload.comment as Record<string, unknown>;

    await expect(
      onCommentEvent({ ...payload, comment: { ...comment, id } }),
    ).resolves.toBeUndefined();
  });

  it('does not reopen when the payload names the customer as author of an agent’s public comment', async () => {
    // A fresh public reply by the agent on the resolved request; its own delivery skips it.
    const reply = postComment(harness, demo.agent, resolvedRequest, 'Closing note: all good.');
    await harness.settle();
    const payload = commentPayload(harness, resolvedRequest, (reply.body as { id: string }).id);
    const comment = payload.comment as Record<string, unknown>;
    const lie = {
      ...payload,
      comment: {
        ...comment,
        author: { accountId: harness.accountIdOf(demo.customer), accountType: 'customer' },
      },
    };

    await onCommentEvent(lie);

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('does not reopen when the payload calls an agent a portal-only customer', async () => {
    const answer = postComment(harness, demo.agent, resolvedRequest, 'Closing note.');
    await harness.settle();
    const payload = commentPayload(harness, resolvedRequest, (answer.body as { id: string }).id);
    const comment = payload.comment as Record<string, unknown>;
    const author = comment.author as Record<string, unknown>;

    await onCommentEvent({
      ...payload,
      comment: { ...comment, author: { ...author, accountType: 'customer' } },
    });

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('does not reopen when an edit event for an old customer comment lacks its `updated` field', async () => {
    // The customer commented while the reopen rule was off; the admin turned it on; then the
    // customer edits that comment. An edit never reopens, whatever the payload leaves out.
    await kvs.set('config:site', {
      ...defaultConfig,
      rules: { reopen: { enabled: false, targetStatus: 'In Review' } },
    });
    const answer = postComment(harness, demo.customer, resolvedRequest, 'Thanks!');
    await harness.settle();
    await kvs.set('config:site', defaultConfig);
    passTime(5);
    const id = (answer.body as { id: string }).id;
    harness.site.editComment(
      resolvedRequest,
      id,
      harness.accountIdOf(demo.customer),
      'Thanks a lot!',
    );
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');

    const payload = commentPayload(harness, resolvedRequest, id, 'comment-updated');
    const comment = { ...(payload.comment as Record<string, unknown>) };
    delete comment.updated;
    await onCommentEvent({ ...payload, comment });

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });
});

describe('the issue-updated trigger fed junk', () => {
  beforeEach(async () => {
    await startHarness();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a changelog that is not a list', { issue: { key: 'FS-1' }, changelog: { items: 'status' } }],
    [
      'a huge changelog',
      { issue: { key: 'FS-1' }, changelog: { items: Array(10000).fill({ field: 'status' }) } },
    ],
  ])('ignores %s without throwing', async (_name, payload) => {
    await expect(onIssueUpdatedEvent(payload)).resolves.toBeUndefined();
  });
});
