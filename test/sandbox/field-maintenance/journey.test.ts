import { agentKeys } from '../../../src/contracts/agent';
import { agentOverview, callAgentPanel, dataOf, recordFact } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';
import {
  appCalls,
  appMoves,
  fieldTransitions,
  moveAs,
  raiseRequest,
  runSweeps,
  saveSettings,
  today,
} from './support';

describe('the field-maintenance journey, from order to resolution', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    await saveSettings(harness, (config) => {
      config.accounts.installers = [harness.accountIdOf(demo.installer)];
      return config;
    });
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('moves on by itself at dispatch and at the installer’s completion, once each', async () => {
    const key = raiseRequest(harness);
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
    expect(harness.statusOf(key)).toBe('Awaiting Dispatch');
    harness.log.clear();

    await recordFact(harness, key, {
      fact: 'dispatch',
      value: { dispatchedOn: today(), carrierReference: 'NZP-4471' },
    });
    await harness.settle();
    expect(harness.statusOf(key)).toBe('Assigned to Installer');

    await moveAs(harness, key, [fieldTransitions.installerBooked], demo.installer);
    expect(harness.statusOf(key)).toBe('Installer Booked');

    harness.rest(demo.installer, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
      body: 'Job complete. Unit fitted and reporting.',
      public: true,
    });
    await harness.settle();
    expect(harness.statusOf(key)).toBe('Resolved');

    await runSweeps(harness);
    expect(harness.statusOf(key)).toBe('Resolved');
    expect(appMoves(harness, key)).toHaveLength(2);
    expect(
      (await agentOverview(harness, key)).recentActions.map((a) => [a.summary, a.reason]),
    ).toEqual([
      ['Moved to Resolved', 'The installer reported the job complete in a comment.'],
      [
        'Moved to Assigned to Installer',
        `The hardware dispatch was recorded (dispatched on ${today()}).`,
      ],
    ]);
  });

  it('does nothing more when the dispatch’s status event arrives again, late', async () => {
    const key = raiseRequest(harness);
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
    const awaitingDispatchEvent = harness.emulator.events.delivered.at(-1);
    if (!awaitingDispatchEvent) throw new Error('No event was delivered.');
    await recordFact(harness, key, {
      fact: 'dispatch',
      value: { dispatchedOn: today(), carrierReference: '' },
    });
    await harness.settle();

    harness.emulator.events.redeliver(awaitingDispatchEvent);
    harness.emulator.events.redeliver(awaitingDispatchEvent, 5);
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Assigned to Installer');
    expect(appMoves(harness, key)).toHaveLength(1);
  });

  it('records the dispatch in a bounded number of REST calls', async () => {
    const key = raiseRequest(harness);
    await harness.settle();
    await moveAs(harness, key, [fieldTransitions.startWork, fieldTransitions.orderProcessed]);
    harness.log.clear();

    const answer = await callAgentPanel(harness, key, agentKeys.recordFact, {
      change: { fact: 'dispatch', value: { dispatchedOn: today(), carrierReference: '' } },
    });
    dataOf(answer);
    const calls = appCalls(harness);

    expect(
      calls.filter((call) => call.startsWith('POST ') && call.endsWith('/transitions')),
    ).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(14);
  });
});
