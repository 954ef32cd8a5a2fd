import type { SandboxLog } from '../log';
import type { ScheduledTriggerModule } from './manifest';

/** Runs a scheduled trigger's function without a user; the emulator provides it. */
export interface ScheduledRunner {
  invokeScheduled(functionKey: string, payload: unknown): Promise<unknown>;
}

const intervalMs: Record<ScheduledTriggerModule['interval'], number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

/** How often, in real time, the scheduler looks at the sandbox's clock. */
const tickMs = 1000;

/**
 * Forge's scheduled triggers, on the sandbox's clock: each module runs once per interval of
 * sandbox time, so moving the clock forward (at /sandbox/time) runs what fell due at once, once,
 * as Forge would after an outage rather than once per missed interval. Tests run one at a chosen
 * instant with `runNow`.
 */
export class Scheduler {
  private readonly nextDue = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly modules: readonly ScheduledTriggerModule[],
    private readonly runner: ScheduledRunner,
    private readonly log: SandboxLog,
    private readonly cloudId: string,
  ) {}

  /** Starts running the modules on their intervals, the first run one interval from now. */
  start(): void {
    if (this.timer !== null) return;
    for (const module of this.modules) {
      this.nextDue.set(module.key, Date.now() + intervalMs[module.interval]);
    }
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.runDue());
    }, tickMs);
    this.timer.unref();
  }

  /** Stops the timer; a run under way finishes. */
  stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    return this.running;
  }

  /** Runs one module now, at the sandbox's current time. Throws for an unknown module key. */
  async runNow(moduleKey: string): Promise<void> {
    const module = this.modules.find((m) => m.key === moduleKey);
    if (!module) throw new Error(`No scheduled trigger ${moduleKey} in manifest.yml.`);
    await this.run(module);
  }

  private async runDue(): Promise<void> {
    const now = Date.now();
    for (const module of this.modules) {
      const every = intervalMs[module.interval];
      const due = this.nextDue.get(module.key) ?? now + every;
      // A clock moved back by more than an interval would otherwise wait that long.
      if (due - now > every) this.nextDue.set(module.key, now + every);
      if (due > now) continue;

      this.nextDue.set(module.key, now + every);
      await this.run(module);
    }
  }

  private async run(module: ScheduledTriggerModule): Promise<void> {
    const started = Date.now();
    let outcome = 'done';
    try {
      // Forge ignores what a scheduled function returns and never retries it.
      await this.runner.invokeScheduled(module.function, {
        context: { cloudId: this.cloudId, moduleKey: module.key },
        contextToken: 'sandbox',
      });
    } catch (error) {
      outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.log.add({
      type: 'invocation',
      at: new Date().toISOString(),
      functionKey: module.function,
      kind: 'trigger',
      detail: `scheduled ${module.key} (${module.interval})`,
      durationMs: Date.now() - started,
      outcome,
    });
  }
}
