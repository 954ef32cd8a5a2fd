import type { SandboxLog } from '../log';
import type { Site } from '../site/site';
import type { SiteEvent } from '../site/types';
import { buildEventPayload, forgeEventType } from './event-payloads';
import { FaultDice, noFaults, type SandboxFaults } from './faults';
import { FilterExpressionError, passesFilter } from './filter-expression';
import type { LoadedManifest, TriggerModule } from './manifest';

/** How the bus delivers: the delay before each delivery and how retries are paced. */
export interface EventBusOptions {
  /** Milliseconds between an event and its delivery (Forge delivers asynchronously). */
  delayMs: number;
  /** Multiplies the retryAfter a handler asks for (1 = real seconds; tests use a small value). */
  retryDelayScale: number;
  /** Retries Forge grants one event at most. */
  maxRetries: number;
}

/** Runs a trigger's function; the emulator provides it. */
export interface TriggerRunner {
  invokeTrigger(functionKey: string, payload: unknown, actorId: string): Promise<unknown>;
}

/** One event on its way to one trigger. */
export interface Delivery {
  trigger: TriggerModule;
  payload: Record<string, unknown>;
  actorId: string;
  attempt: number;
}

/**
 * Forge's event delivery: turns site events into payloads, drops those a trigger's filter
 * refuses (its own events with ignoreSelf, those its expression rejects), and delivers the rest
 * asynchronously, retrying when the handler returns an InvocationError.
 */
export class EventBus {
  /** Every delivery attempted, oldest first, for tests that replay or inspect them. */
  readonly delivered: Delivery[] = [];
  private pending = 0;
  private waiters: (() => void)[] = [];
  private faults: SandboxFaults = noFaults;
  private dice = new FaultDice(noFaults.seed);

  constructor(
    private readonly site: Site,
    private readonly manifest: LoadedManifest,
    private readonly log: SandboxLog,
    private readonly runner: TriggerRunner,
    private readonly options: EventBusOptions,
  ) {}

  /**
   * Puts delivery faults in (duplicates, extra delays that reorder events); the REST faults of
   * the same value are the emulator's. `noFaults` takes them out.
   */
  setFaults(faults: SandboxFaults): void {
    this.faults = faults;
    this.dice = new FaultDice(faults.seed);
  }

  /** Takes a site event: snapshots its payload now, as Jira does, and queues its deliveries. */
  publish(event: SiteEvent): void {
    const eventType = forgeEventType[event.kind];
    const payload = buildEventPayload(this.site, event);
    const accepted: string[] = [];
    const dropped: { trigger: string; why: string }[] = [];

    for (const trigger of this.manifest.triggers.filter((t) => t.events.includes(eventType))) {
      const why = this.refusal(trigger, payload, event.actorId);
      if (why === null) {
        accepted.push(trigger.key);
        const delivery = { trigger, payload, actorId: event.actorId, attempt: 1 };
        this.schedule(delivery, this.deliveryDelay());
        if (this.dice.chance(this.faults.duplicateRate)) {
          this.schedule({ ...delivery }, this.deliveryDelay());
        }
      } else {
        dropped.push({ trigger: trigger.key, why });
      }
    }

    this.log.add({
      type: 'event',
      at: new Date().toISOString(),
      eventType,
      issueKey: event.issueKey,
      delivered: accepted,
      dropped,
    });
  }

  private deliveryDelay(): number {
    return this.options.delayMs + this.dice.upTo(this.faults.maxDelayMs);
  }

  /** Delivers a past delivery again, as Forge's at-least-once delivery may. */
  redeliver(delivery: Delivery, delayMs = 0): void {
    this.schedule({ ...delivery, attempt: 1 }, delayMs);
  }

  /** Resolves once every queued delivery and retry has run. */
  drain(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private refusal(trigger: TriggerModule, payload: unknown, actorId: string): string | null {
    const filter = trigger.filter;
    if (filter?.ignoreSelf === true && actorId === this.site.appUser().accountId)
      return 'ignoreSelf';
    if (filter?.expression === undefined) return null;

    try {
      return passesFilter(filter.expression, { ...(payload as object) }) ? null : 'expression';
    } catch (error) {
      const onError = filter.onError ?? 'IGNORE_AND_LOG';
      if (!(error instanceof FilterExpressionError)) throw error;
      return onError.startsWith('RECEIVE') ? null : `expression error: ${error.message}`;
    }
  }

  private schedule(delivery: Delivery, delayMs: number): void {
    this.pending += 1;
    setTimeout(() => {
      void this.deliver(delivery).finally(() => {
        this.pending -= 1;
        if (this.pending === 0) for (const resolve of this.waiters.splice(0)) resolve();
      });
    }, delayMs);
  }

  private async deliver(delivery: Delivery): Promise<void> {
    this.delivered.push(delivery);
    const started = Date.now();
    const functionKey = delivery.trigger.function;
    let outcome = 'done';

    try {
      const result = await this.runner.invokeTrigger(
        functionKey,
        delivery.payload,
        delivery.actorId,
      );
      const retryAfter = readRetry(result);
      if (retryAfter !== null) {
        outcome =
          delivery.attempt > this.options.maxRetries
            ? 'retry refused: out of retries'
            : `retry in ${retryAfter}s`;
        if (delivery.attempt <= this.options.maxRetries) {
          this.schedule(
            { ...delivery, attempt: delivery.attempt + 1 },
            retryAfter * 1000 * this.options.retryDelayScale,
          );
        }
      }
    } catch (error) {
      outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }

    this.log.add({
      type: 'invocation',
      at: new Date().toISOString(),
      functionKey,
      kind: 'trigger',
      detail: `${String(delivery.payload.eventType)} ${(delivery.payload.issue as { key?: string } | undefined)?.key ?? ''} attempt ${delivery.attempt}`,
      durationMs: Date.now() - started,
      outcome,
    });
  }
}

/**
 * The retryAfter of an InvocationError a handler returned, or null when it asked for none.
 * @forge/events builds the error as a plain `{ _retry, retryOptions }` object.
 */
const readRetry = (result: unknown): number | null => {
  if (result === null || typeof result !== 'object') return null;
  const answer = result as { _retry?: unknown; retryOptions?: { retryAfter?: unknown } };
  if (answer._retry !== true) return null;
  const seconds = answer.retryOptions?.retryAfter;
  return typeof seconds === 'number' && seconds > 0 ? seconds : 1;
};
