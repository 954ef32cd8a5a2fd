import { invoke } from '@forge/bridge';

import type { AdminDefinitions } from '../../src/contracts/admin';
import type { AgentDefinitions } from '../../src/contracts/agent';
import type {
  AgentChecklistDefinitions,
  PortalChecklistDefinitions,
} from '../../src/contracts/checklist';
import type { PortalDefinitions } from '../../src/contracts/portal';
import type { ProjectDefinitions } from '../../src/contracts/project';
import type { ResolverResult } from '../../src/contracts/result';

/** Every resolver definition the Custom UI apps call, by key. */
export type UiDefinitions = PortalDefinitions &
  AgentDefinitions &
  AdminDefinitions &
  PortalChecklistDefinitions &
  AgentChecklistDefinitions &
  ProjectDefinitions;

/** The key of a resolver definition ('portal.getGuide'). */
export type ResolverKey = keyof UiDefinitions;

/** The payload a resolver definition takes. */
export type PayloadOf<K extends ResolverKey> = UiDefinitions[K]['payload'];

/** The data a resolver definition answers with when it succeeds. */
export type ResultOf<K extends ResolverKey> = UiDefinitions[K]['result'];

/**
 * Calls a resolver definition through the bridge and returns its envelope.
 *
 * Never throws: a call the bridge could not make becomes an UNAVAILABLE error and an answer that
 * is not an envelope an INTERNAL one, so every caller handles failure in one way.
 */
export const callResolver = async <K extends ResolverKey>(
  key: K,
  payload: PayloadOf<K>,
): Promise<ResolverResult<ResultOf<K>>> => {
  let answer: unknown;
  try {
    answer = await invoke<Record<string, unknown>, unknown>(key, payload);
  } catch {
    // The bridge throws when the host page cannot pass the call on; the user can only retry.
    return {
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Check your connection, then try again.' },
    };
  }

  if (!isEnvelope(answer)) {
    return { ok: false, error: { code: 'INTERNAL', message: '' } };
  }
  return answer as ResolverResult<ResultOf<K>>;
};

const isEnvelope = (answer: unknown): answer is ResolverResult<unknown> => {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) {
    return false;
  }

  if (answer.ok === true) {
    return 'data' in answer;
  }
  return (
    answer.ok === false &&
    'error' in answer &&
    typeof answer.error === 'object' &&
    answer.error !== null &&
    'code' in answer.error &&
    typeof answer.error.code === 'string'
  );
};
