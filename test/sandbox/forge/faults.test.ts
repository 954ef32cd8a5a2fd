import { FaultDice, noFaults, parseFaults } from '../../../sandbox/forge/faults';

describe('parseFaults', () => {
  it('reads every fault the CLI takes', () => {
    expect(
      parseFaults('duplicates=0.2,delay=3000,latency=200,429=0.05,retry-after=2,500=0.02,seed=7'),
    ).toEqual({
      duplicateRate: 0.2,
      maxDelayMs: 3000,
      maxLatencyMs: 200,
      rateLimitRate: 0.05,
      retryAfterSeconds: 2,
      serverErrorRate: 0.02,
      seed: 7,
    });
  });

  it('leaves faults not named off', () => {
    expect(parseFaults('duplicates=1')).toEqual({ ...noFaults, duplicateRate: 1 });
  });

  it.each([
    ['an unknown fault', 'typos=1', 'unknown fault "typos"'],
    ['a share above 1', 'duplicates=2', 'duplicates=2 is not a share from 0 to 1'],
    ['a negative delay', 'delay=-5', 'delay=-5 is not a number'],
    ['a missing value', '429=', '429= is not a share from 0 to 1'],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseFaults(text)).toThrow(message);
  });
});

describe('FaultDice', () => {
  it('repeats its choices for the same seed', () => {
    const roll = (seed: number) => {
      const dice = new FaultDice(seed);
      return Array.from({ length: 20 }, () => dice.upTo(1000));
    };

    expect(roll(7)).toEqual(roll(7));
    expect(roll(7)).not.toEqual(roll(8));
  });

  it('never fires a rate of 0 and always fires a rate of 1', () => {
    const dice = new FaultDice(3);
    const rolls = Array.from({ length: 200 }, () => [dice.chance(0), dice.chance(1)]);

    expect(rolls.every(([never, always]) => never === false && always === true)).toBe(true);
  });

  it('fires a share close to the rate asked for', () => {
    const dice = new FaultDice(11);
    const fired = Array.from({ length: 5000 }, () => dice.chance(0.2)).filter(Boolean).length;

    expect(fired / 5000).toBeCloseTo(0.2, 1);
  });
});
