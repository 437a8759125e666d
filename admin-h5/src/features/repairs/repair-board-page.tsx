import { REPAIR_STATUS_LABELS, REPAIR_STATUSES, type RepairCategory, type RepairStatus } from '@linli/shared';
import { useState } from 'react';
import { PagedResults } from '../../ui/paged-results';
import { Tabs } from '../../ui/tabs';
import { RepairBoardFilters } from './repair-board-filters';
import { RepairCard } from './repair-card';
import { type BoardTotals, useRepairBoard } from './use-repair-board';
import './repairs.css';

function tabsOf(totals: BoardTotals | null) {
  return REPAIR_STATUSES.map((status) => {
    const count = totals?.counts[status];
    return {
      key: status,
      title: count === undefined ? REPAIR_STATUS_LABELS[status] : `${REPAIR_STATUS_LABELS[status]} ${count}`,
    };
  });
}

/**
 * 报修派单: the repairs in scope (or the narrowed node) one status column at a time, each tab with its count, the
 * soonest due first so the late ones lead. Filter by category and to the overdue only; a card opens the repair,
 * where it is dispatched, merged or noted.
 */
export function RepairBoardPage({ withinId }: { withinId: string | null }) {
  const [status, setStatus] = useState<RepairStatus>('submitted');
  const [category, setCategory] = useState<RepairCategory | null>(null);
  const [isOverdueOnly, setOverdueOnly] = useState(false);
  const { list, totals } = useRepairBoard({ status, category, isOverdueOnly }, withinId);
  const now = Date.now();
  const isFiltered = category !== null || isOverdueOnly;

  return (
    <section className="page repair-board" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        报修派单
      </h1>
      <RepairBoardFilters
        category={category}
        isOverdueOnly={isOverdueOnly}
        overdueTotal={totals?.overdue ?? null}
        onCategory={setCategory}
        onOverdueOnly={setOverdueOnly}
      />
      <Tabs label="报修状态" tabs={tabsOf(totals)} selected={status} onSelect={setStatus}>
        <PagedResults
          list={list}
          empty={
            isFiltered
              ? `没有符合筛选条件的${REPAIR_STATUS_LABELS[status]}报修。`
              : `没有${REPAIR_STATUS_LABELS[status]}的报修。`
          }
          unit="单报修"
        >
          {(repairs) => (
            <ul className="records records--grid" aria-label={`${REPAIR_STATUS_LABELS[status]}的报修`}>
              {repairs.map((repair) => (
                <RepairCard
                  key={repair.repairId}
                  repair={repair}
                  detailPath={`/repairs/${repair.repairId}`}
                  now={now}
                />
              ))}
            </ul>
          )}
        </PagedResults>
      </Tabs>
    </section>
  );
}
