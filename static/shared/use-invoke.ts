import { useCallback, useEffect, useRef, useState } from 'react';

import type { ResolverError } from '../../src/contracts/result';
import { callResolver, type PayloadOf, type ResolverKey, type ResultOf } from './call-resolver';

/** Where a resolver call stands: loading, failed with the resolver's error, or answered. */
export type InvokeState<T> =
  | { loading: true; error: null; data: null }
  | { loading: false; error: ResolverError; data: null }
  | { loading: false; error: null; data: T };

/** What {@link useInvoke} returns: the call's state plus a way to make the call again. */
export type InvokeResult<T> = InvokeState<T> & { retry: () => void };

const loadingState = { loading: true, error: null, data: null } as const;

/**
 * Calls a resolver definition once when the component mounts, and again on `retry()`.
 *
 * The payload is read at mount only: a panel asks for its data once, and a payload rebuilt on
 * every render must not start a new call.
 */
export const useInvoke = <K extends ResolverKey>(
  key: K,
  payload: PayloadOf<K>,
): InvokeResult<ResultOf<K>> => {
  const payloadAtMount = useRef(payload);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<InvokeState<ResultOf<K>>>(loadingState);

  useEffect(() => {
    let isCurrent = true;
    setState(loadingState);

    void callResolver(key, payloadAtMount.current).then((result) => {
      if (!isCurrent) {
        return;
      }
      setState(
        result.ok
          ? { loading: false, error: null, data: result.data }
          : { loading: false, error: result.error, data: null },
      );
    });

    return () => {
      isCurrent = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => {
    setAttempt((count) => count + 1);
  }, []);

  return { ...state, retry };
};
