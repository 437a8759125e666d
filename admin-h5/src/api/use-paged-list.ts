import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type PagedState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: T[]; nextCursor: string | null; isLoadingMore: boolean; moreError: unknown };

export interface PagedList<T> {
  state: PagedState<T>;
  /** Fetches the page after the last one shown (加载更多). */
  loadMore: () => void;
  /** Starts over from the first page, showing the loading state (after a search or a tab change). */
  reload: () => void;
  /** Re-reads the first page while the current rows stay on screen (after a decision changed the list). */
  refresh: () => void;
}

/**
 * A cursor-paginated list. `load` must be memoised on what selects the list (search, tab, scope): a new `load`
 * starts over at the first page. Only the latest request may change the state, so a slow answer for an old search
 * never lands in the new one.
 */
export function usePagedList<T>(load: (cursor: string | null) => Promise<Page<T>>): PagedList<T> {
  const [state, setState] = useState<PagedState<T>>({ status: 'loading' });
  const generation = useRef(0);

  const fetchFirst = useCallback(
    (isQuiet: boolean) => {
      generation.current += 1;
      const mine = generation.current;
      setState((previous) => (isQuiet && previous.status === 'ready' ? previous : { status: 'loading' }));
      load(null).then(
        (page) => {
          if (generation.current === mine)
            setState({ status: 'ready', ...page, isLoadingMore: false, moreError: null });
        },
        (error: unknown) => {
          if (generation.current === mine) setState({ status: 'error', error });
        },
      );
    },
    [load],
  );
  const reload = useCallback(() => fetchFirst(false), [fetchFirst]);
  const refresh = useCallback(() => fetchFirst(true), [fetchFirst]);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.isLoadingMore || state.nextCursor === null) return;
    const mine = generation.current;
    const cursor = state.nextCursor;
    setState({ ...state, isLoadingMore: true, moreError: null });
    load(cursor).then(
      (page) => {
        if (generation.current !== mine) return;
        setState((previous) =>
          previous.status === 'ready'
            ? {
                ...previous,
                items: [...previous.items, ...page.items],
                nextCursor: page.nextCursor,
                isLoadingMore: false,
              }
            : previous,
        );
      },
      (error: unknown) => {
        if (generation.current !== mine) return;
        setState((previous) =>
          previous.status === 'ready' ? { ...previous, isLoadingMore: false, moreError: error } : previous,
        );
      },
    );
  }, [load, state]);

  return { state, loadMore, reload, refresh };
}
