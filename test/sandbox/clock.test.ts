import {
  holdSandboxTime,
  resetSandboxTime,
  setSandboxTime,
  shiftSandboxTime,
} from '../../sandbox/clock';

const waitMs = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the sandbox clock', () => {
  afterEach(resetSandboxTime);

  it('runs on from an instant that is set', async () => {
    setSandboxTime(Date.parse('2026-12-01T21:00:00Z'));
    await waitMs(20);

    expect(Date.now()).toBeGreaterThan(Date.parse('2026-12-01T21:00:00.010Z'));
  });

  it('stands still at a held instant, and a shift moves it without letting it run', async () => {
    holdSandboxTime(Date.parse('2026-12-01T21:00:00Z'));
    await waitMs(20);

    expect(new Date().toISOString()).toBe('2026-12-01T21:00:00.000Z');

    shiftSandboxTime(60_000);
    await waitMs(20);

    expect(new Date().toISOString()).toBe('2026-12-01T21:01:00.000Z');
  });

  it('runs again once a held clock is set to a new instant', async () => {
    holdSandboxTime(Date.parse('2026-12-01T21:00:00Z'));
    setSandboxTime(Date.parse('2026-12-02T21:00:00Z'));
    await waitMs(20);

    expect(Date.now()).toBeGreaterThan(Date.parse('2026-12-02T21:00:00.010Z'));
  });
});
