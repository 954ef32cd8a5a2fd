// The admin's own account lists win over what Jira says an account is (classify-author's own
// contract): an email-channel app that posts a customer's emailed reply under its app account,
// listed by the admin as a customer proxy, speaks for the customer (C8, "once by email reply").
import { kvs } from '@forge/kvs';

import { defaultConfig } from '../../src/domain/config/defaults';
import type { StatusGuideConfig } from '../../src/domain/config/schema';
import { type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';
import { appTransitions, postComment } from './support';

const mailBridge = { accountId: 'app-mailbridge', email: 'mailbridge@connect.atlassian.example' };

describe('an app account the admin listed as a customer proxy', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    harness.site.state.users.push({
      ...mailBridge,
      displayName: 'Mail Bridge',
      accountType: 'app',
      timeZone: 'UTC',
      locale: 'en-US',
      isSiteAdmin: false,
      role: 'email channel app',
    });
    const config: StatusGuideConfig = {
      ...defaultConfig,
      accounts: { ...defaultConfig.accounts, customerProxies: [mailBridge.accountId] },
    };
    await kvs.set('config:site', config);
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('reopens a resolved request when it posts the customer’s emailed reply publicly (C8)', async () => {
    const posted = postComment(harness, mailBridge.email, resolvedRequest, 'Re: still broken.');
    await harness.settle();

    // Expected: In Review. Actual: Resolved; the author is classified 'app' before the admin's
    // list is consulted, so the comment is skipped as 'author-not-customer'.
    expect(posted.status).toBe(201);
    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness, resolvedRequest)).toHaveLength(1);
  });
});
