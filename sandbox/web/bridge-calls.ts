import { STATUS_CODES } from 'node:http';

import type { SandboxLog } from '../log';
import { handleRest } from '../rest/router';
import type { Site } from '../site/site';
import type { Frame } from './frames';
import { jiraError, parseJsonBody } from './jira-errors';
import type { SandboxEmulator } from './types';

/** What a bridge call needs besides the frame: the site, the emulator and the site's address. */
export interface BridgeDeps {
  site: Site;
  emulator: SandboxEmulator;
  log: SandboxLog;
  siteUrl: string;
}

/** A bridge call the sandbox refuses; the frame's promise rejects with the message. */
export class BridgeCallError extends Error {
  override readonly name = 'BridgeCallError';

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Answers one `callBridge(name, payload)` from a frame, as the frame's user and module. Unknown
 * names answer null, as the product does for calls it ignores. Throws BridgeCallError for a
 * malformed call; errors of the resolver itself propagate.
 */
export const answerBridgeCall = async (
  deps: BridgeDeps,
  frame: Frame,
  name: string,
  payload: unknown,
): Promise<unknown> => {
  switch (name) {
    case 'getContext':
      return {
        accountId: frame.accountId,
        cloudId: 'sandbox-cloud',
        siteUrl: deps.siteUrl,
        moduleKey: frame.moduleKey,
        extension: frame.extension,
        locale: frame.locale,
        timezone: frame.timezone,
        theme: { colorMode: frame.theme },
        localId: `${frame.moduleKey}-${frame.id}`,
      };
    case 'invoke':
      return invoke(deps, frame, asRecord(payload));
    case 'enableTheming':
      return { colorMode: frame.theme };
    case 'fetchProduct':
      return fetchProduct(deps, frame, asRecord(payload));
    default:
      return null;
  }
};

const invoke = (
  deps: BridgeDeps,
  frame: Frame,
  payload: Record<string, unknown>,
): Promise<unknown> => {
  const { functionKey } = payload;
  if (typeof functionKey !== 'string' || functionKey.length === 0) {
    throw new BridgeCallError(400, 'invoke needs a functionKey string.');
  }

  const { accountId, extension, locale, timezone, theme } = frame;
  return deps.emulator.invokeResolver(
    frame.moduleKey,
    { functionKey, payload: payload.payload ?? {} },
    { accountId, extension, locale, timezone, theme },
  );
};

/** requestJira: the REST call runs as the frame's user; the answer is what @forge/bridge reads. */
const fetchProduct = (deps: BridgeDeps, frame: Frame, payload: Record<string, unknown>) => {
  const { product, restPath } = payload;
  if (product !== 'jira')
    throw new BridgeCallError(400, `The sandbox emulates Jira only, not ${String(product)}.`);
  if (typeof restPath !== 'string' || !restPath.startsWith('/')) {
    throw new BridgeCallError(400, 'fetchProduct needs a restPath that starts with /.');
  }

  const init = asRecord(payload.fetchRequestInit);
  const method = typeof init.method === 'string' ? init.method.toUpperCase() : 'GET';
  const url = new URL(restPath, 'http://sandbox.invalid');
  const parsed = parseJsonBody(typeof init.body === 'string' ? init.body : '');
  const response = parsed.ok
    ? handleRest(
        deps.site,
        {
          method,
          path: url.pathname,
          query: url.searchParams,
          body: parsed.value,
          caller: deps.site.user(frame.accountId) ?? null,
        },
        'bridge',
        deps.log,
      )
    : jiraError(400, parsed.message);

  return {
    status: response.status,
    statusText: STATUS_CODES[response.status] ?? '',
    headers: { 'content-type': 'application/json;charset=UTF-8', ...response.headers },
    body: response.body === undefined ? '' : JSON.stringify(response.body),
  };
};
