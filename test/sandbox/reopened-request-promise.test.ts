import { useSettings } from '../support/comment-rules';
import { restoreClock, setClock } from '../support/fixed-clock';
import { portalGuide } from '../support/panel-calls';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

describe('a reopened request in the portal', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('does not repeat the acknowledgement promise the team kept before it was resolved', async () => {
    harness.rest(demo.customer, 'POST', `/rest/servicedeskapi/request/${resolvedRequest}/comment`, {
      body: 'It stopped reporting again.',
      public: true,
    });
    await harness.settle();

    const guide = await portalGuide(harness, resolvedRequest);

    expect(guide.explanation.statusName).toBe('In Review');
    expect(guide.explanation.headline).toMatch(/queue/);
    expect(guide.explanation.promise).toBeNull();
    expect(guide.promiseDue).toBeNull();
  });

  it('still states the promise on a request waiting for its first acknowledgement', async () => {
    const guide = await portalGuide(harness, 'FS-2');

    expect(guide.explanation.promise?.text).toMatch(/8 business hours/);
  });

  it('does not promise a reopen the workflow cannot make (the desk’s reopen status is not in it)', async () => {
    // The IT desk inherits the field-service reopen target, In Review, which its workflow lacks.
    const guide = await portalGuide(harness, 'IT-1');

    expect(guide.explanation.customerCanDo.join(' ')).not.toMatch(/reopen/i);
    expect(guide.explanation.customerCanDo.join(' ')).toMatch(/another look/);
  });

  it('stops promising a reopen once the reopen window has closed', async () => {
    await useSettings({ reopen: { windowDays: 1 } });
    setClock(new Date(Date.now() + 30 * 86_400_000).toISOString());
    try {
      const guide = await portalGuide(harness, resolvedRequest);

      expect(guide.explanation.customerCanDo.join(' ')).not.toMatch(/reopen/i);
    } finally {
      restoreClock();
    }
  });
});
