import type { RepairCategory, RepairStatus, RepairSummary } from '@linli/shared';
import { useCallback, useRef, useState } from 'react';
import { call } from '../../api/call';
import { pageInput } from '../../api/page-input';
import { type PagedList, usePagedList } from '../../api/use-paged-list';
import type { BoardPage } from './repair-labels';

export interface BoardQuery {
  status: RepairStatus;
  category: RepairCategory | null;
  isOverdueOnly: boolean;
}

export type BoardTotals = Pick<BoardPage, 'counts' | 'overdue'>;

const PAGE_SIZE = 20;

/**
 * One column of the dispatch board as a paged list, plus the counts every page carries (each column's size and the
 * overdue total). The counts of an answer for filters no longer in force are dropped, as the list drops its rows.
 */
export function useRepairBoard(
  query: BoardQuery,
  withinId: string | null,
): {
  list: PagedList<RepairSummary>;
  totals: BoardTotals | null;
} {
  const [totals, setTotals] = useState<BoardTotals | null>(null);
  const { status, category, isOverdueOnly } = query;
  const key = JSON.stringify([category, isOverdueOnly, withinId]);
  const latestKey = useRef(key);
  latestKey.current = key;

  const load = useCallback(
    async (cursor: string | null) => {
      const page = await call('repair', 'board', {
        status,
        ...pageInput(PAGE_SIZE, cursor, { within: withinId }),
        ...(category ? { category } : {}),
        ...(isOverdueOnly ? { isOverdue: true } : {}),
      });
      if (latestKey.current === key) setTotals({ counts: page.counts, overdue: page.overdue });
      return page;
    },
    [status, category, isOverdueOnly, withinId, key],
  );
  return { list: usePagedList(load), totals };
}
