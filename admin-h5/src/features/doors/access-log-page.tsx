import { doorContract, type StaffProfile } from '@linli/shared';
import { useCallback, useState } from 'react';
import { canUse } from '../../api/access';
import { call } from '../../api/call';
import { pageInput } from '../../api/page-input';
import { usePagedList } from '../../api/use-paged-list';
import { PagedResults } from '../../ui/paged-results';
import { AccessLogFilters } from './access-log-filters';
import { type AccessLogQuery, isFiltered } from './access-log-query';
import { AccessLogTable } from './access-log-table';

const PAGE_SIZE = 50;

/**
 * Every entry through the doors in scope (or the narrowed node), newest first: filter by door, method, result and
 * a time window, page on with 加载更多. Failed entries stand out so a failing controller is found by scrolling.
 */
export function AccessLogPage({ withinId, staff }: { withinId: string | null; staff: StaffProfile }) {
  const [query, setQuery] = useState<AccessLogQuery>({});
  const load = useCallback(
    (cursor: string | null) =>
      call('door', 'accessLog', { ...pageInput(PAGE_SIZE, cursor, { within: withinId }), ...query }),
    [query, withinId],
  );
  const list = usePagedList(load);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        通行记录
      </h1>
      <AccessLogFilters
        withinId={withinId}
        canPickDoor={canUse(staff.roles, doorContract.actions.devices.roles)}
        onApply={setQuery}
      />
      <PagedResults
        list={list}
        empty={isFiltered(query) ? '没有符合筛选条件的通行记录。' : '还没有通行记录。'}
        unit="条记录"
      >
        {(rows) => <AccessLogTable caption="通行记录" rows={rows} />}
      </PagedResults>
    </section>
  );
}
