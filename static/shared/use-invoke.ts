import { useCallback, useEffect, useRef, useState } from 'react';

import type { ResolverError } from '../../src/contracts/result';
import { callResolver, type PayloadOf, type ResolverKey, type ResultOf } from './call-resolver';

/** Where a resolver call stands: loading, failed with the resolver's error, or answered. */
export type InvokeState<T> =
  | { loading: true; error: null; data: null }
  | { loading: false; error: ResolverError; data: null }
  | { loading: false; error: null; data: T };

/**
 * What {@link useInvoke} returns: the call's state, `retry()` to make the call again from the
 * loading state, and `reload()` to make it again while the current answer stays on screen.
 */
export type InvokeResult<T> = InvokeState<T> & { retry: () => void; reload: () => void };

const loadingState = { loading: true, error: null, data: null } as const;

/**
 * Calls a resolver definition once when the component mounts, and again on `retry()` or
 * `reload()`.
 *
 * The payload is read at mount only: a panel asks for its data once, and a payload rebuilt on
 * every render must not start a new call. A reload keeps the answer on screen until the new one
 * arrives, and keeps it too when the new call fails, so a panel never blanks after an action.
 */
export const useInvoke = <K extends ResolverKey>(
  key: K,
  payload: PayloadOf<K>,
): InvokeResult<ResultOf<K>> => {
  const payloadAtMount = useRef(payload);
  const [attempt, setAttempt] = useState({ count: 0, isQuiet: false });
  const [state, setState] = useState<InvokeState<ResultOf<K>>>(loadingState);

  useEffect(() => {
    let isCurrent = true;
    if (!attempt.isQuiet) setState(loadingState);

    void callResolver(key, payloadAtMount.current).then((result) => {
      if (!isCurrent) {
        return;
      }
      if (result.ok) {
        setState({ loading: false, error: null, data: result.data });
        return;
      }
      setState((shown) =>
        attempt.isQuiet && shown.data !== null
          ? shown
          : { loading: false, error: result.error, data: null },
      );
    });

    return () => {
      isCurrent = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => {
    setAttempt(({ count }) => ({ count: count + 1, isQuiet: false }));
  }, []);
  const reload = useCallback(() => {
    setAttempt(({ count }) => ({ count: count + 1, isQuiet: true }));
  }, []);

  return { ...state, retry, reload };
};
