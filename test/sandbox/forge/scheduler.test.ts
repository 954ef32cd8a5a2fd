import { shiftSandboxTime } from '../../../sandbox/clock';
import { restoreClock } from '../../support/fixed-clock';
import { type Harness, startHarness } from '../../support/sandbox-harness';

const sweepRuns = (harness: Harness) =>
  harness.log
    .ofType('invocation')
    .filter((entry) => entry.detail === 'scheduled status-guide-sweeps (hour)');

/** Lets the scheduler's one-second ticks run for a few real seconds' worth. */
const tick = async (): Promise<void> => {
  for (let second = 0; second < 3; second += 1) await jest.advanceTimersByTimeAsync(1000);
};

describe('scheduled triggers in the sandbox', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'Date'] });
  });

  afterEach(async () => {
    await harness.emulator.scheduler.stop();
    jest.useRealTimers();
    restoreClock();
    await harness.settle();
  });

  it('runs the sweeps once an hour of sandbox time has passed, not before', async () => {
    harness.emulator.scheduler.start();

    shiftSandboxTime(59 * 60_000);
    await tick();
    expect(sweepRuns(harness)).toHaveLength(0);

    shiftSandboxTime(2 * 60_000);
    await tick();
    await harness.emulator.scheduler.stop();

    expect(sweepRuns(harness)).toEqual([expect.objectContaining({ outcome: 'done' })]);
  });

  it('runs once, not once per missed hour, when the clock jumps a day ahead', async () => {
    harness.emulator.scheduler.start();

    shiftSandboxTime(24 * 60 * 60_000);
    await tick();
    await harness.emulator.scheduler.stop();

    expect(sweepRuns(harness)).toHaveLength(1);
  });

  it('refuses to run a module the manifest does not declare', async () => {
    await expect(harness.emulator.scheduler.runNow('nightly-cleanup')).rejects.toThrow(
      'No scheduled trigger nightly-cleanup in manifest.yml.',
    );
  });
});
