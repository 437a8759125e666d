import { useCallback, useEffect, useRef, useState } from 'react';

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown };

export interface RequestHandle<T> {
  state: RequestState<T>;
  retry: () => void;
}

/**
 * Runs `load` on mount and on `retry`. Only the latest attempt may update the state, so a slow first answer can
 * not overwrite a retry's. `load` must be stable (module-level or memoised), or it reloads on every render.
 */
export function useRequest<T>(load: () => Promise<T>): RequestHandle<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const attempt = useRef(0);

  const run = useCallback(() => {
    attempt.current += 1;
    const mine = attempt.current;
    setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
    load().then(
      (data) => {
        if (attempt.current === mine) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (attempt.current === mine) setState({ status: 'error', error });
      },
    );
  }, [load]);

  useEffect(() => {
    run();
    return () => {
      // Invalidate the in-flight attempt so it cannot update an unmounted component.
      attempt.current += 1;
    };
  }, [run]);

  return { state, retry: run };
}
