import { restoreClock, setClock } from '../../support/fixed-clock';
import { agentOverview, recordFact, storedState } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';
import {
  appCalls,
  appComments,
  appMoves,
  extendWorkflow,
  fieldTransitions,
  moveAs,
  raiseRequest,
  requestAwaitingDispatch,
  runSweeps,
  saveSettings,
  siteSnapshot,
} from './support';

/** The seeded booked request: its installer booked the job ten days before the seed's time. */
const bookedRequest = 'FS-11';
/** The seeded request that waits for stock. */
const stockRequest = 'FS-9';
/** The seeded request that waits for the customer's reply. */
const waitingRequest = 'FS-4';

const silenceAdvice =
  "It's been a week since the installer booked your job and you haven't heard from them. " +
  "Please give them a ring; if you don't have their number, add a comment here and we'll " +
  'send it to you.';

describe('the scheduled sweeps', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    harness.log.clear();
  });

  afterEach(async () => {
    restoreClock();
    await harness.settle();
  });

  describe('reconciling dispatches', () => {
    it('moves a request whose dispatch transition fired a custom event, so no update arrived (C29)', async () => {
      extendWorkflow(
        harness,
        { id: '16', name: 'Hardware Dispatched', category: 'indeterminate' },
        [
          { id: '161', name: 'Dispatch', from: ['7'], to: '16', firesEvent: 'custom' },
          { id: '171', name: 'Hand to installer', from: ['16'], to: '9' },
        ],
      );
      await saveSettings(harness, (config) => {
        config.rules.dispatched.dispatchedStatuses = ['Hardware Dispatched'];
        return config;
      });
      const key = await requestAwaitingDispatch(harness);
      await moveAs(harness, key, ['161']);
      expect(harness.statusOf(key)).toBe('Hardware Dispatched');
      expect(appCalls(harness)).toEqual([]);

      await runSweeps(harness);

      expect(harness.statusOf(key)).toBe('Assigned to Installer');
      expect(appMoves(harness, key)).toHaveLength(1);
      expect(storedState(harness, key)?.facts?.dispatch).toBeDefined();
      expect(storedState(harness, key)?.appliedActions?.at(-1)).toMatchObject({
        rule: 'dispatched',
        summary: 'Moved to Assigned to Installer',
      });
    });

    it('moves a request whose recorded dispatch could not move it while Jira was failing', async () => {
      const key = await requestAwaitingDispatch(harness);
      const today = new Date().toISOString().slice(0, 10);
      const removeFault = failTransitions(1, 500);
      await recordFact(harness, key, {
        fact: 'dispatch',
        value: { dispatchedOn: today, carrierReference: '' },
      });
      removeFault();
      expect(harness.statusOf(key)).toBe('Awaiting Dispatch');

      await runSweeps(harness);
      await runSweeps(harness);

      expect(harness.statusOf(key)).toBe('Assigned to Installer');
      expect(appMoves(harness, key)).toHaveLength(1);
      expect(
        storedState(harness, key)?.appliedActions?.filter((a) => a.rule === 'dispatched'),
      ).toHaveLength(1);
    });

    it('stops at Jira’s 429 and moves the request exactly once on the next run', async () => {
      const key = await requestAwaitingDispatch(harness);
      const today = new Date().toISOString().slice(0, 10);
      const removeFirst = failTransitions(1, 500);
      await recordFact(harness, key, {
        fact: 'dispatch',
        value: { dispatchedOn: today, carrierReference: '' },
      });
      removeFirst();

      const removeRateLimit = failTransitions(1, 429, { 'Retry-After': '5' });
      await runSweeps(harness);
      removeRateLimit();
      expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
      await runSweeps(harness);

      expect(harness.statusOf(key)).toBe('Assigned to Installer');
      expect(
        storedState(harness, key)?.appliedActions?.filter((a) => a.rule === 'dispatched'),
      ).toHaveLength(1);
    });
  });

  describe('installer silence', () => {
    it('advises the customer once, in one public comment, a week after the booking', async () => {
      await runSweeps(harness);
      await runSweeps(harness);

      const comments = appComments(harness, bookedRequest);
      expect(comments.map((c) => [c.body, c.isPublic])).toEqual([[silenceAdvice, true]]);
      expect(storedState(harness, bookedRequest)?.appliedActions?.at(-1)).toMatchObject({
        rule: 'installerSilence',
        summary: 'Advised the customer to ring the installer',
        noteCommentId: comments[0]?.id,
      });
    });

    it('gives the installer’s number when one is recorded', async () => {
      await recordFact(harness, bookedRequest, {
        fact: 'installer',
        value: { name: 'Ian', phone: '021 555 0101' },
      });

      await runSweeps(harness);

      expect(appComments(harness, bookedRequest).map((c) => c.body)).toEqual([
        `${silenceAdvice} The installer's number is 021 555 0101.`,
      ]);
    });

    it('says nothing before the week has passed, and advises once it has', async () => {
      const key = await requestAwaitingDispatch(harness);
      await moveAs(harness, key, ['81', fieldTransitions.installerBooked]);
      const bookedAt = Date.now();

      setClock(new Date(bookedAt + 6 * 86_400_000).toISOString());
      await runSweeps(harness);
      expect(appComments(harness, key)).toEqual([]);

      setClock(new Date(bookedAt + 7 * 86_400_000 + 60_000).toISOString());
      await runSweeps(harness);
      expect(appComments(harness, key).map((c) => c.body)).toEqual([silenceAdvice]);
    });

    it('counts the installer’s public comment since the booking as contact: no advice', async () => {
      await saveSettings(harness, (config) => {
        config.accounts.installers = [harness.accountIdOf(demo.installer)];
        return config;
      });
      const key = await requestAwaitingDispatch(harness);
      await moveAs(harness, key, ['81', fieldTransitions.installerBooked]);
      const bookedAt = Date.now();

      setClock(new Date(bookedAt + 3 * 86_400_000).toISOString());
      harness.rest(demo.installer, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
        body: 'I can fit the unit on Friday morning.',
        public: true,
      });
      await harness.settle();
      setClock(new Date(bookedAt + 7 * 86_400_000 + 60_000).toISOString());
      await runSweeps(harness);

      expect(appComments(harness, key)).toEqual([]);
      expect((await agentOverview(harness, key)).clocks).toContainEqual(
        expect.objectContaining({ kind: 'installer-silence', state: 'met' }),
      );
    });

    it.each([
      ['an internal note by the installer', demo.installer, false],
      ['a public comment by someone not listed as an installer', demo.agent, true],
    ])('still advises the customer after %s', async (_case, email, isPublic) => {
      await saveSettings(harness, (config) => {
        config.accounts.installers = [harness.accountIdOf(demo.installer)];
        return config;
      });
      const key = await requestAwaitingDispatch(harness);
      await moveAs(harness, key, ['81', fieldTransitions.installerBooked]);
      const bookedAt = Date.now();

      setClock(new Date(bookedAt + 3 * 86_400_000).toISOString());
      harness.site.addComment(key, harness.accountIdOf(email), 'Booked for Friday.', isPublic);
      await harness.settle();
      setClock(new Date(bookedAt + 7 * 86_400_000 + 60_000).toISOString());
      await runSweeps(harness);

      expect(appComments(harness, key).map((c) => c.body)).toEqual([silenceAdvice]);
    });

    it('writes the advice exactly once when Jira fails the first comment with a 500', async () => {
      const removeFault = failComments(1, 500);
      await runSweeps(harness);
      removeFault();
      expect(appComments(harness, bookedRequest)).toEqual([]);

      await runSweeps(harness);
      await runSweeps(harness);

      expect(appComments(harness, bookedRequest)).toHaveLength(1);
    });
  });

  describe('passed stock ETAs', () => {
    it('tells the team once, in an internal note, when the ETA has passed', async () => {
      setClock('2026-12-02T21:00:00Z');
      await recordFact(harness, stockRequest, { fact: 'stockEta', value: '2026-12-05' });

      await runSweeps(harness);
      expect(appComments(harness, stockRequest)).toEqual([]);

      setClock('2026-12-06T21:00:00Z');
      await runSweeps(harness);
      await runSweeps(harness);

      expect(appComments(harness, stockRequest).map((c) => [c.body, c.isPublic])).toEqual([
        [
          'The stock ETA of 2026-12-05 has passed and the request is still in Awaiting Stock. ' +
            'Check with the supplier and record a new ETA, which the customer then sees.',
          false,
        ],
      ]);
    });

    it('tells the team again when a new ETA passes too', async () => {
      setClock('2026-12-02T21:00:00Z');
      await recordFact(harness, stockRequest, { fact: 'stockEta', value: '2026-12-03' });
      setClock('2026-12-04T21:00:00Z');
      await runSweeps(harness);
      await recordFact(harness, stockRequest, { fact: 'stockEta', value: '2026-12-07' });
      setClock('2026-12-08T21:00:00Z');

      await runSweeps(harness);

      expect(appComments(harness, stockRequest)).toHaveLength(2);
    });
  });

  describe('nothing to do', () => {
    it('makes no write when a run finds nothing new, and a second run none either', async () => {
      await runSweeps(harness);
      const before = siteSnapshot(harness);
      harness.log.clear();

      await runSweeps(harness);
      await runSweeps(harness);

      expect(siteSnapshot(harness)).toBe(before);
      expect(appCalls(harness).filter((call) => !call.startsWith('GET '))).toEqual([]);
    });

    it('searches nothing when every sweep is switched off', async () => {
      await saveSettings(harness, (config) => {
        for (const sweep of Object.values(config.rules.sweeps)) sweep.enabled = false;
        return config;
      });
      harness.log.clear();

      await runSweeps(harness);

      expect(appCalls(harness)).toEqual(['GET /rest/api/3/status']);
    });
  });

  describe('optional sweeps', () => {
    it('reminds a customer who has not answered for the configured business days, once', async () => {
      await saveSettings(harness, (config) => {
        config.rules.sweeps.remindCustomer = { enabled: true, afterBusinessDays: 3 };
        return config;
      });
      // The request waits since Saturday 29 November, noon in Auckland: two business days later.
      setClock('2026-12-01T21:00:00Z');
      await runSweeps(harness);
      expect(appComments(harness, waitingRequest)).toEqual([]);

      setClock('2026-12-03T21:00:00Z');
      await runSweeps(harness);
      await runSweeps(harness);

      expect(appComments(harness, waitingRequest).map((c) => c.isPublic)).toEqual([true]);
      expect(appComments(harness, waitingRequest)[0]?.body).toMatch(
        /^We're still waiting for your reply so our team can carry on with this request\./,
      );
    });

    it('does not remind a customer who has answered', async () => {
      await saveSettings(harness, (config) => {
        config.rules.sweeps.remindCustomer = { enabled: true, afterBusinessDays: 1 };
        config.rules.handBack.enabled = false;
        return config;
      });
      harness.rest(
        demo.customer,
        'POST',
        `/rest/servicedeskapi/request/${waitingRequest}/comment`,
        {
          body: 'The rego is ABC123.',
          public: true,
        },
      );
      await harness.settle();
      setClock('2026-12-20T21:00:00Z');

      await runSweeps(harness);

      expect(appComments(harness, waitingRequest)).toEqual([]);
    });

    it('closes a request resolved for the configured days, once', async () => {
      extendWorkflow(harness, { id: '17', name: 'Closed', category: 'done' }, [
        { id: '181', name: 'Close', from: ['15'], to: '17' },
      ]);
      await saveSettings(harness, (config) => {
        config.rules.sweeps.closeResolved = {
          enabled: true,
          afterDays: 14,
          targetStatus: 'Closed',
        };
        return config;
      });
      setClock('2026-12-05T21:00:00Z');
      await runSweeps(harness);
      expect(harness.statusOf('FS-1')).toBe('Resolved');

      setClock('2026-12-20T21:00:00Z');
      await runSweeps(harness);
      await runSweeps(harness);

      expect(harness.statusOf('FS-1')).toBe('Closed');
      expect(appMoves(harness, 'FS-1')).toHaveLength(1);
    });

    it('records once that the workflow offers no way to the closing status', async () => {
      await saveSettings(harness, (config) => {
        config.rules.sweeps.closeResolved = { enabled: true, afterDays: 1, targetStatus: 'Closed' };
        return config;
      });
      setClock('2026-12-20T21:00:00Z');

      await runSweeps(harness);
      await runSweeps(harness);

      expect(harness.statusOf('FS-1')).toBe('Resolved');
      expect(
        storedState(harness, 'FS-1')?.appliedActions?.filter((a) => a.rule === 'closeResolved'),
      ).toEqual([
        expect.objectContaining({
          summary: 'Could not move to Closed: the workflow offers no way from Resolved to Closed',
          outcome: 'not-applied',
        }),
      ]);
    });
  });

  it('leaves requests of other request types alone', async () => {
    const key = raiseRequest(harness, '11');
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
    await recordFact(harness, key, {
      fact: 'dispatch',
      value: { dispatchedOn: new Date().toISOString().slice(0, 10), carrierReference: '' },
    });

    await runSweeps(harness);

    expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
  });
});

type ForgeFetch = (t: { type?: string }, p: string, i?: RequestInit) => Promise<Response>;

/** Answers the app's next `times` calls matching with a Jira error; returns the remover. */
const failing =
  (matches: (path: string, method: string) => boolean) =>
  (times: number, status: number, headers: Record<string, string> = {}): (() => void) => {
    const runtime = globalThis as unknown as { __forge_fetch__: ForgeFetch };
    const original = runtime.__forge_fetch__;
    let left = times;
    runtime.__forge_fetch__ = (target, path, init) => {
      if (left > 0 && target.type === 'fpp' && matches(path, init?.method ?? 'GET')) {
        left -= 1;
        const body = JSON.stringify({ errorMessages: ['Try again later.'], errors: {} });
        return Promise.resolve(new Response(body, { status, headers }));
      }
      return original(target, path, init);
    };
    return () => {
      runtime.__forge_fetch__ = original;
    };
  };

const failTransitions = failing(
  (path, method) => method === 'POST' && path.endsWith('/transitions'),
);
const failComments = failing((path, method) => method === 'POST' && path.endsWith('/comment'));
