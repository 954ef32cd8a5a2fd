/**
 * What can go wrong between Forge, Jira and the app, put on purpose into the sandbox: events
 * delivered twice, late and out of order, Jira answering slowly, and Jira answering the app's
 * calls with 429 (with Retry-After) or 500. Every rate is a share from 0 to 1.
 */
export interface SandboxFaults {
  /** Share of event deliveries that Forge makes a second time. */
  duplicateRate: number;
  /** Each delivery waits a random extra delay up to this many ms, so later events overtake it. */
  maxDelayMs: number;
  /** Each of the app's Jira calls takes a random time up to this many ms, so runs interleave. */
  maxLatencyMs: number;
  /** Share of the app's Jira calls answered 429 Too Many Requests. */
  rateLimitRate: number;
  /** The Retry-After, in seconds, of those 429 answers. */
  retryAfterSeconds: number;
  /** Share of the app's Jira calls answered 500. */
  serverErrorRate: number;
  /** Seed of the random choices, so that a run can be repeated exactly. */
  seed: number;
}

/** The sandbox as it starts: nothing goes wrong on purpose. */
export const noFaults: SandboxFaults = {
  duplicateRate: 0,
  maxDelayMs: 0,
  maxLatencyMs: 0,
  rateLimitRate: 0,
  retryAfterSeconds: 2,
  serverErrorRate: 0,
  seed: 1,
};

const names: Record<string, keyof SandboxFaults> = {
  duplicates: 'duplicateRate',
  delay: 'maxDelayMs',
  latency: 'maxLatencyMs',
  '429': 'rateLimitRate',
  'retry-after': 'retryAfterSeconds',
  '500': 'serverErrorRate',
  seed: 'seed',
};

/**
 * Reads faults written as `name=value` pairs separated by commas, as the CLI's `--faults` takes
 * them; names not given keep no fault. Throws an Error naming the pair at fault.
 * @example parseFaults('duplicates=0.05,delay=2000,429=0.02').duplicateRate // 0.05
 */
export const parseFaults = (text: string): SandboxFaults => {
  const faults = { ...noFaults };
  for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
    const [name = '', value = ''] = pair.split('=').map((part) => part.trim());
    const key = names[name];
    const number = Number(value);
    if (key === undefined) {
      throw new Error(`unknown fault "${name}"; use ${Object.keys(names).join(', ')}`);
    }
    const isRate = key.endsWith('Rate');
    if (value === '' || !Number.isFinite(number) || number < 0 || (isRate && number > 1)) {
      throw new Error(`${name}=${value} is not ${isRate ? 'a share from 0 to 1' : 'a number'}`);
    }
    faults[key] = number;
  }
  return faults;
};

/** Seeded random choices (mulberry32), so that a faulty run can be repeated. */
export class FaultDice {
  private state: number;

  constructor(seed: number) {
    this.state = Math.floor(seed) >>> 0;
  }

  /** True with the given probability. */
  chance(rate: number): boolean {
    return rate > 0 && this.next() < rate;
  }

  /** A whole number of milliseconds from 0 to `maxMs`. */
  upTo(maxMs: number): number {
    return maxMs > 0 ? Math.floor(this.next() * (maxMs + 1)) : 0;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
