import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';

import type { SandboxLog } from '../log';
import { handleRest } from '../rest/router';
import type { Site } from '../site/site';
import { EventBus, type EventBusOptions } from './event-bus';
import { FaultDice, noFaults, type SandboxFaults } from './faults';
import { handleKvs } from './kvs';
import { type LoadedManifest, loadManifest } from './manifest';
import { Scheduler } from './scheduler';

type Handler = (...args: unknown[]) => unknown;

/** Who an invocation runs for: the user behind asUser() calls. */
interface Invocation {
  principal: string | undefined;
}

interface FetchTarget {
  type?: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

/** What a UI module's resolver learns about its caller, as Forge passes it. */
export interface ResolverCallContext {
  accountId: string;
  extension: Record<string, unknown>;
  locale?: string;
  timezone?: string;
  theme?: 'light' | 'dark';
}

export interface ForgeEmulatorOptions extends Partial<EventBusOptions> {
  site: Site;
  /** The app's root: where manifest.yml and src/ are. */
  rootDir: string;
  log: SandboxLog;
}

const cloudId = 'sandbox-cloud';
const installContext = `ari:cloud:jira::site/${cloudId}`;

/**
 * Forge's runtime on this machine: answers what the real SDKs send through
 * `globalThis.__forge_fetch__` (product REST calls and key-value storage) from the emulated site,
 * loads the handlers manifest.yml names, invokes resolvers with a trusted context, and delivers
 * site events to triggers. The app never knows it is not on Forge.
 */
export class ForgeEmulator {
  readonly events: EventBus;
  /** The scheduled triggers, on the sandbox's clock; started by the CLI, run by hand in tests. */
  readonly scheduler: Scheduler;
  private readonly invocations = new AsyncLocalStorage<Invocation>();
  private faults: SandboxFaults = noFaults;
  private dice = new FaultDice(noFaults.seed);

  private constructor(
    readonly manifest: LoadedManifest,
    private readonly handlers: Map<string, Handler>,
    private readonly options: ForgeEmulatorOptions,
  ) {
    this.events = new EventBus(options.site, manifest, options.log, this, {
      delayMs: options.delayMs ?? 0,
      retryDelayScale: options.retryDelayScale ?? 1,
      maxRetries: options.maxRetries ?? 4,
    });
    this.scheduler = new Scheduler(manifest.scheduledTriggers, this, options.log, cloudId);
    options.site.indexedPropertyPaths = manifest.indexedPropertyPaths;
    options.site.onEvent((event) => {
      this.events.publish(event);
    });
  }

  /** Installs the runtime's globals, then loads the app's handlers. Throws when one is missing. */
  static async start(options: ForgeEmulatorOptions): Promise<ForgeEmulator> {
    const manifest = loadManifest(options.rootDir);
    const holder: { emulator?: ForgeEmulator } = {};
    installGlobals((target, path, init) => {
      if (!holder.emulator) throw new Error('The Forge emulator is not started yet.');
      return holder.emulator.fetch(target, path, init);
    });

    const handlers = new Map<string, Handler>();
    for (const [functionKey, handlerPath] of manifest.functions) {
      handlers.set(functionKey, await loadHandler(options.rootDir, handlerPath));
    }
    holder.emulator = new ForgeEmulator(manifest, handlers, options);
    return holder.emulator;
  }

  /**
   * Puts faults into event delivery (duplicates, delays that reorder) and into Jira's answers to
   * the app's calls (429 with Retry-After, 500), as seeded random shares; `noFaults` ends them.
   * A faulted call never reaches the site, so it changes nothing there.
   */
  setFaults(faults: SandboxFaults): void {
    this.faults = faults;
    this.dice = new FaultDice(faults.seed + 1);
    this.events.setFaults(faults);
  }

  /**
   * Calls a UI module's resolver as Forge does when the browser invokes a definition.
   * Returns the resolver's JSON answer. Throws for an unknown module or a failing resolver.
   */
  async invokeResolver(
    moduleKey: string,
    call: { functionKey: string; payload: unknown },
    context: ResolverCallContext,
  ): Promise<unknown> {
    const module = this.manifest.uiModules.find((m) => m.key === moduleKey);
    if (!module) throw new Error(`No UI module ${moduleKey} in manifest.yml.`);
    const handler = this.requireHandler(module.resolver.function);
    const started = Date.now();

    const payload: unknown = JSON.parse(JSON.stringify(call.payload ?? {}));
    const result = await this.invocations.run({ principal: context.accountId }, () =>
      handler(
        {
          call: { functionKey: call.functionKey, payload },
          context: {
            cloudId,
            siteUrl: this.options.site.baseUrl,
            moduleKey,
            // The extension ARI Forge passes, with the sandbox's app and environment ids.
            localId: `ari:cloud:ecosystem::extension/sandbox-app/sandbox/static/${moduleKey}`,
            locale: context.locale ?? 'en-US',
            timezone: context.timezone ?? 'UTC',
            theme: { colorMode: context.theme ?? 'light' },
            extension: context.extension,
          },
        },
        { principal: { accountId: context.accountId }, installContext },
      ),
    );

    this.options.log.add({
      type: 'invocation',
      at: new Date().toISOString(),
      functionKey: module.resolver.function,
      kind: 'resolver',
      detail: call.functionKey,
      durationMs: Date.now() - started,
      outcome: describeOutcome(result),
    });
    return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
  }

  /** Runs a trigger's function with an event, as the user who caused it. Returns what it returned. */
  invokeTrigger(functionKey: string, payload: unknown, actorId: string): Promise<unknown> {
    const handler = this.requireHandler(functionKey);
    return this.invocations.run({ principal: actorId }, () =>
      Promise.resolve(handler(payload, { installContext, principal: { accountId: actorId } })),
    );
  }

  private injectedAnswer(): Response | null {
    const { rateLimitRate, serverErrorRate, retryAfterSeconds } = this.faults;
    if (this.dice.chance(rateLimitRate)) {
      return toResponse(429, jiraBusy, { 'Retry-After': String(retryAfterSeconds) });
    }
    return this.dice.chance(serverErrorRate) ? toResponse(500, jiraBusy, {}) : null;
  }

  /** Runs a scheduled trigger's function as Forge does: with no user behind it. */
  invokeScheduled(functionKey: string, payload: unknown): Promise<unknown> {
    const handler = this.requireHandler(functionKey);
    return this.invocations.run({ principal: undefined }, () =>
      Promise.resolve(handler(payload, { installContext })),
    );
  }

  private requireHandler(functionKey: string): Handler {
    const handler = this.handlers.get(functionKey);
    if (!handler) throw new Error(`No function ${functionKey} in manifest.yml.`);
    return handler;
  }

  private fetch(target: FetchTarget, path: string, init: RequestInit = {}): Promise<Response> {
    const body = parseBody(init.body);
    const { site } = this.options;

    if (target.type === 'kvs') {
      const answer = handleKvs(site, path, body);
      return Promise.resolve(toResponse(answer.status, answer.body, {}));
    }
    if (target.type !== 'fpp' || target.remote !== 'jira') {
      const what = target.remote ?? target.type ?? 'these';
      return Promise.resolve(
        toResponse(501, { message: `The sandbox does not emulate ${what} calls.` }, {}),
      );
    }

    const accountId =
      target.provider === 'user'
        ? (target.accountId ?? this.invocations.getStore()?.principal)
        : site.appUser().accountId;
    const latencyMs = this.dice.upTo(this.faults.maxLatencyMs);
    if (latencyMs > 0) {
      return new Promise((resolve) => setTimeout(resolve, latencyMs)).then(() =>
        this.answerJira(accountId, path, init, body),
      );
    }
    return Promise.resolve(this.answerJira(accountId, path, init, body));
  }

  private answerJira(
    accountId: string | undefined,
    path: string,
    init: RequestInit,
    body: unknown,
  ): Response {
    const { site, log } = this.options;
    const injected = this.injectedAnswer();
    if (injected !== null) return injected;

    const caller = accountId === undefined ? null : (site.user(accountId) ?? null);
    const url = new URL(path, 'http://sandbox.local');
    const response = handleRest(
      site,
      {
        method: (init.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        body,
        caller,
      },
      'app',
      log,
    );
    return toResponse(response.status, response.body, response.headers ?? {});
  }
}

const jiraBusy = { errorMessages: ['The sandbox answered with an injected fault.'] };

const installGlobals = (
  fetch: (target: FetchTarget, path: string, init?: RequestInit) => Promise<Response>,
): void => {
  const runtime = globalThis as Record<string, unknown>;
  runtime.__forge_fetch__ = fetch;
  runtime.__forge_runtime__ = {
    proxy: { token: 'sandbox', url: 'http://sandbox.local' },
    appContext: {
      appId: 'sandbox-app',
      environmentId: 'sandbox',
      environmentType: 'DEVELOPMENT',
      invocationId: 'sandbox',
      installationId: 'sandbox',
      moduleKey: 'sandbox',
    },
    lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    metrics: {
      counter: () => ({ incr: () => undefined }),
      timing: () => ({ measure: () => ({ stop: () => undefined }) }),
    },
    tracing: { traceId: 'sandbox', spanId: 'sandbox' },
  };
};

const loadHandler = async (rootDir: string, handlerPath: string): Promise<Handler> => {
  const dot = handlerPath.lastIndexOf('.');
  const file = handlerPath.slice(0, dot);
  const name = handlerPath.slice(dot + 1);
  const loaded = (await import(join(rootDir, 'src', file))) as Record<string, unknown>;
  const handler = loaded[name] ?? (loaded.default as Record<string, unknown> | undefined)?.[name];
  if (typeof handler !== 'function') throw new Error(`src/${file} does not export ${name}.`);
  return handler as Handler;
};

const parseBody = (body: unknown): unknown => {
  if (typeof body !== 'string' || body.length === 0) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
};

const toResponse = (status: number, body: unknown, headers: Record<string, string>): Response =>
  new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const describeOutcome = (result: unknown): string => {
  if (result !== null && typeof result === 'object' && 'ok' in result) {
    const envelope = result as { ok: boolean; error?: { code?: string } };
    return envelope.ok ? 'ok' : (envelope.error?.code ?? 'error');
  }
  return 'answered';
};
