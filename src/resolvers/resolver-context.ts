import type Resolver from '@forge/resolver';
import { z } from 'zod';

import { fail, type ResolverResult } from '../contracts/result';
import { logger } from '../observability/logger';
import { asTransientFailure } from '../services/transient-failure';

/** The part of a resolver request the app trusts: what Forge itself put in the context. */
export interface TrustedContext {
  accountId: string | undefined;
  extension: Record<string, unknown>;
  /** The viewer's Jira locale ("fr-FR"); undefined when Forge sent none. */
  locale?: string | undefined;
}

/** Reads the Forge context of a resolver request; never the payload the browser sent. */
export const readContext = (request: { context: unknown }): TrustedContext => {
  const context = z
    .object({
      accountId: z.string().min(1).optional(),
      extension: z.record(z.string(), z.unknown()).default({}),
      locale: z.string().max(35).optional().catch(undefined),
    })
    .safeParse(request.context);
  return context.success
    ? {
        accountId: context.data.accountId,
        extension: context.data.extension,
        locale: context.data.locale,
      }
    : { accountId: undefined, extension: {} };
};

/**
 * Runs one resolver definition and logs its decision; an unexpected error becomes a generic
 * INTERNAL answer (its detail stays in the log, never reaches the browser).
 */
export const runDefinition = async <T>(
  definition: string,
  body: () => Promise<ResolverResult<T>>,
): Promise<ResolverResult<T>> => {
  const started = Date.now();
  try {
    const result = await body();
    logger.info('resolver answered', {
      definition,
      outcome: result.ok ? 'ok' : result.error.code,
      durationMs: Date.now() - started,
    });
    return result;
  } catch (error) {
    const durationMs = Date.now() - started;
    if (asTransientFailure(error) !== null) {
      logger.warn('resolver degraded: Jira or storage busy', {
        definition,
        outcome: 'UNAVAILABLE',
        durationMs,
        error,
      });
      return fail('UNAVAILABLE', 'Jira is busy right now. Please try again in a moment.');
    }
    logger.error('resolver failed', { definition, outcome: 'INTERNAL', durationMs, error });
    return fail('INTERNAL', 'Something went wrong on our side. Please try again in a moment.');
  }
};

type DefinitionsHandler = ReturnType<Resolver['getDefinitions']>;

/**
 * Lets through only the definitions a module declares. @forge/resolver looks keys up with `in`,
 * so a key such as "constructor" would otherwise reach Object's own properties.
 */
export const onlyDeclared =
  (handler: DefinitionsHandler, keys: readonly string[]): DefinitionsHandler =>
  (request, runtime) =>
    keys.includes(request.call.functionKey)
      ? handler(request, runtime)
      : Promise.resolve(fail('NOT_FOUND', 'This panel has no such action.'));
