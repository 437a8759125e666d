import { useCallback, useEffect, useRef, useState } from 'react';

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown };

export interface RequestHandle<T> {
  state: RequestState<T>;
  retry: () => void;
  /** Re-runs `load` while the answer already shown stays on screen (a 刷新 button), instead of a loading state. */
  refresh: () => void;
  /** A `refresh` is in flight. */
  isRefreshing: boolean;
}

/**
 * Runs `load` on mount and on `retry`. Only the latest attempt may update the state, so a slow first answer can
 * not overwrite a retry's. `load` must be stable (module-level or memoised), or it reloads on every render.
 */
export function useRequest<T>(load: () => Promise<T>): RequestHandle<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [isRefreshing, setRefreshing] = useState(false);
  const attempt = useRef(0);

  const run = useCallback(
    (isQuiet: boolean) => {
      attempt.current += 1;
      const mine = attempt.current;
      setRefreshing(isQuiet);
      setState((previous) =>
        previous.status === 'loading' || (isQuiet && previous.status === 'success') ? previous : { status: 'loading' },
      );
      const settle = (next: RequestState<T>) => {
        if (attempt.current !== mine) return;
        setState(next);
        setRefreshing(false);
      };
      load().then(
        (data) => settle({ status: 'success', data }),
        (error: unknown) => settle({ status: 'error', error }),
      );
    },
    [load],
  );
  const retry = useCallback(() => run(false), [run]);
  const refresh = useCallback(() => run(true), [run]);

  useEffect(() => {
    retry();
    return () => {
      // Invalidate the in-flight attempt so it cannot update an unmounted component.
      attempt.current += 1;
    };
  }, [retry]);

  return { state, retry, refresh, isRefreshing };
}
