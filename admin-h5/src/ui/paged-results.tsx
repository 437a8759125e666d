import type { ReactNode } from 'react';
import type { PagedList } from '../api/use-paged-list';
import { ErrorNotice } from './error-notice';
import { ListFooter } from './list-footer';

interface PagedResultsProps<T> {
  list: PagedList<T>;
  /** Shown when the first page is empty, e.g. 还没有居民登记。 */
  empty: ReactNode;
  /** What is counted in the footer, e.g. 位居民. */
  unit: string;
  /** The rows of every page loaded so far. */
  children: (items: T[]) => ReactNode;
}

/** The states of a paged list: loading, failed with 重试, empty, or the rows with the 加载更多 footer. */
export function PagedResults<T>({ list, empty, unit, children }: PagedResultsProps<T>) {
  const { state } = list;
  if (state.status === 'loading') return <p role="status">正在加载…</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={list.reload} />;
  if (state.items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <>
      {children(state.items)}
      <ListFooter
        count={state.items.length}
        hasMore={state.nextCursor !== null}
        isLoadingMore={state.isLoadingMore}
        moreError={state.moreError}
        onLoadMore={list.loadMore}
        unit={unit}
      />
    </>
  );
}
