import { useCallback, useState } from 'react';
import { type PageInput, pageInput } from './page-input';
import { type Page, type PagedList, usePagedList } from './use-paged-list';

export interface SearchedList<T> {
  /** The search text in force ('' before any search). */
  q: string;
  search: (q: string) => void;
  list: PagedList<T>;
}

/**
 * A paged register searched by text and narrowed to `within`: a new search or a new node starts over at the first
 * page. `fetchPage` must be stable (module-level), so only the filters decide when the list reloads.
 */
export function useSearchedList<T>(
  fetchPage: (input: PageInput) => Promise<Page<T>>,
  limit: number,
  within: string | null = null,
): SearchedList<T> {
  const [q, setQ] = useState('');
  const load = useCallback(
    (cursor: string | null) => fetchPage(pageInput(limit, cursor, { within, q })),
    [fetchPage, limit, within, q],
  );
  return { q, search: setQ, list: usePagedList(load) };
}
