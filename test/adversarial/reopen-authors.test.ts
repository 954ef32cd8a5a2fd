// Who may reopen a resolved request (C1, C3, C5, C8): odd authors, odd bodies, odd lists.
import { kvs } from '@forge/kvs';

import { defaultConfig } from '../../src/domain/config/defaults';
import type { StatusGuideConfig } from '../../src/domain/config/schema';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, failedTriggerRuns, postComment } from './support';

const withAccounts = async (accounts: Partial<StatusGuideConfig['accounts']>) => {
  const config: StatusGuideConfig = {
    ...defaultConfig,
    accounts: { ...defaultConfig.accounts, ...accounts },
  };
  await kvs.set('config:site', config);
};

describe('who reopens a resolved request', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('leaves it resolved when an agent who is also the reporter comments publicly (C5)', async () => {
    harness.site.requireIssue(resolvedRequest).reporterId = harness.accountIdOf(demo.agent);

    postComment(harness, demo.agent, resolvedRequest, 'Closing note from me, the reporter.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness)).toHaveLength(0);
  });

  it('leaves it resolved when an agent who is also a participant comments publicly', async () => {
    harness.site.requireIssue(resolvedRequest).participantIds.push(harness.accountIdOf(demo.agent));

    postComment(harness, demo.agent, resolvedRequest, 'FYI');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('leaves it resolved when the project admin comments publicly', async () => {
    postComment(harness, demo.admin, resolvedRequest, 'Looks good.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('leaves it resolved when the customer is also listed as an integration (the admin list wins)', async () => {
    await withAccounts({ integrations: [harness.accountIdOf(demo.customer)] });

    postComment(harness, demo.customer, resolvedRequest, 'Synced from partner system.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('leaves it resolved when the customer is also listed as an installer', async () => {
    await withAccounts({ installers: [harness.accountIdOf(demo.customer)] });

    postComment(harness, demo.customer, resolvedRequest, 'Job done.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('leaves it resolved when an integration with an agent licence mirrors a public comment while waiting for the customer (C3)', async () => {
    await withAccounts({ integrations: [harness.accountIdOf(demo.integration)] });

    postComment(harness, demo.integration, 'FS-4', 'Partner: customer says hi.');
    postComment(harness, demo.integration, resolvedRequest, 'Partner: customer says hi.');
    await harness.settle();

    expect(harness.statusOf('FS-4')).toBe('Waiting for Customer');
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('reopens when an admin-listed customer proxy (an email bridge with an agent licence) comments (C8)', async () => {
    await withAccounts({ customerProxies: [harness.accountIdOf(demo.integration)] });

    postComment(harness, demo.integration, resolvedRequest, 'Re: your request — still broken.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness)).toHaveLength(1);
  });

  it('reopens to the configured status both by portal and by email reply, one after the other (C8)', async () => {
    await withAccounts({ customerProxies: [harness.accountIdOf(demo.integration)] });

    postComment(harness, demo.customer, resolvedRequest, 'From the portal.');
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    harness.site.transition(resolvedRequest, '141', harness.accountIdOf(demo.agent));
    await harness.settle();

    postComment(harness, demo.integration, resolvedRequest, 'By email.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness).filter((call) => call.status === 204)).toHaveLength(2);
  });

  it('leaves it resolved when a licensed user who is neither agent, reporter nor participant comments', async () => {
    harness.site.state.users.push({
      accountId: 'user-lee',
      email: 'lee@elsewhere.example',
      displayName: 'Lee Licensed',
      accountType: 'atlassian',
      timeZone: 'UTC',
      locale: 'en-US',
      isSiteAdmin: false,
      role: 'licensed user of another product',
    });
    harness.site.addComment(resolvedRequest, 'user-lee', 'Drive-by comment.', true);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('reopens when a licensed (non-agent) user who is the reporter comments', async () => {
    harness.site.state.users.push({
      accountId: 'user-lee',
      email: 'lee@elsewhere.example',
      displayName: 'Lee Licensed',
      accountType: 'atlassian',
      timeZone: 'UTC',
      locale: 'en-US',
      isSiteAdmin: false,
      role: 'licensed user of another product',
    });
    harness.site.requireIssue(resolvedRequest).reporterId = 'user-lee';

    postComment(harness, 'lee@elsewhere.example', resolvedRequest, 'Still not right.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it('reopens when a licensed (non-agent) participant comments', async () => {
    harness.site.state.users.push({
      accountId: 'user-lee',
      email: 'lee@elsewhere.example',
      displayName: 'Lee Licensed',
      accountType: 'atlassian',
      timeZone: 'UTC',
      locale: 'en-US',
      isSiteAdmin: false,
      role: 'licensed user of another product',
    });
    harness.site.requireIssue(resolvedRequest).participantIds.push('user-lee');

    postComment(harness, 'lee@elsewhere.example', resolvedRequest, 'Same for us.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it('does not act on a comment by the app itself even if Forge failed to filter it out', async () => {
    harness.site.addComment(
      resolvedRequest,
      harness.site.appUser().accountId,
      'Status Guide: reopened.',
      true,
    );
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('skips quietly a comment by an account that no longer exists on the site', async () => {
    harness.site.addComment(resolvedRequest, 'deleted-user-123', 'Ghost comment.', true);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(failedTriggerRuns(harness)).toEqual([]);
  });

  it('reopens on a one-character unicode comment and on a comment at the length limit', async () => {
    postComment(harness, demo.customer, resolvedRequest, '😡');
    await harness.settle();
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');

    harness.site.transition(resolvedRequest, '141', harness.accountIdOf(demo.agent));
    await harness.settle();
    const long = postComment(harness, demo.customer, resolvedRequest, 'ß'.repeat(32767));
    await harness.settle();

    expect(long.status).toBe(201);
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it('refuses an empty or whitespace-only comment with 400 and leaves the request resolved', async () => {
    const empty = postComment(harness, demo.customer, resolvedRequest, '');
    const blank = postComment(harness, demo.customer, resolvedRequest, ' \n\t\u00a0 ');
    const tooLong = postComment(harness, demo.customer, resolvedRequest, 'x'.repeat(32768));
    await harness.settle();

    expect([empty.status, blank.status, tooLong.status]).toEqual([400, 400, 400]);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(harness.log.ofType('event')).toHaveLength(0);
  });

  it('refuses an internal note from a customer with 403 and leaves the request resolved', async () => {
    const answer = postComment(harness, demo.customer, resolvedRequest, 'secret', false);
    await harness.settle();

    expect(answer.status).toBe(403);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('refuses a customer who is not on the request (404) and leaves the request resolved (C24)', async () => {
    const answer = postComment(harness, demo.otherCustomer, resolvedRequest, 'Me too!');
    await harness.settle();

    expect(answer.status).toBe(404);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });
});
