import { useCallback } from 'react';
import { call } from '../../api/call';
import { pageInput } from '../../api/page-input';
import { usePagedList } from '../../api/use-paged-list';
import { PagedResults } from '../../ui/paged-results';
import { AccessLogTable } from '../doors/access-log-table';

const PAGE_SIZE = 50;

/** Entries made with residents' visitor passes within scope (or the narrowed node), newest first. */
export function VisitorLogPage({ withinId }: { withinId: string | null }) {
  const load = useCallback(
    (cursor: string | null) => call('visitor', 'log', pageInput(PAGE_SIZE, cursor, { within: withinId })),
    [withinId],
  );
  const list = usePagedList(load);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        访客记录
      </h1>
      <PagedResults list={list} empty="还没有访客通行记录。" unit="条记录">
        {(rows) => <AccessLogTable caption="访客记录" rows={rows} showMethod={false} whoHeader="访客" />}
      </PagedResults>
    </section>
  );
}
