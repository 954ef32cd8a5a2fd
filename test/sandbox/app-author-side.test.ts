import { kvs } from '@forge/kvs';

import { buildEventPayload } from '../../sandbox/forge/event-payloads';
import { defaultConfig } from '../../src/domain/config/defaults';
import type { StatusGuideConfig } from '../../src/domain/config/schema';
import { type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const listAsCustomerProxy = async (accountId: string): Promise<void> => {
  const config: StatusGuideConfig = {
    ...defaultConfig,
    accounts: { ...defaultConfig.accounts, customerProxies: [accountId] },
  };
  await kvs.set('config:site', config);
};

/** Delivers the comment event for a comment the app itself wrote, as if ignoreSelf let it by. */
const deliverOwnComment = async (harness: Harness): Promise<void> => {
  const app = harness.site.appUser();
  const comment = harness.site.addComment(resolvedRequest, app.accountId, 'An app note.', true);
  const trigger = harness.emulator.manifest.triggers.find(
    (t) => t.key === 'status-guide-comment-trigger',
  );
  if (!trigger) throw new Error('no comment trigger');
  const payload = buildEventPayload(harness.site, {
    kind: 'comment-created',
    issueKey: resolvedRequest,
    commentId: comment.id,
    actorId: app.accountId,
  });
  harness.emulator.events.redeliver({ trigger, payload, actorId: 'someone-else', attempt: 1 });
  await harness.settle();
};

describe('the app’s own account listed as a customer proxy', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('never reopens a request with the app’s own comment', async () => {
    await listAsCustomerProxy(harness.site.appUser().accountId);

    await deliverOwnComment(harness);

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });
});
