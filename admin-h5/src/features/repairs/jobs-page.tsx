import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { pageInput } from '../../api/page-input';
import { usePagedList } from '../../api/use-paged-list';
import { PagedResults } from '../../ui/paged-results';
import { Tabs } from '../../ui/tabs';
import { DutyCard } from './duty-card';
import { RepairCard } from './repair-card';
import './repairs.css';

const PAGE_SIZE = 20;
type JobsTab = 'open' | 'done';
const TABS: readonly { key: JobsTab; title: string }[] = [
  { key: 'open', title: '待处理' },
  { key: 'done', title: '已完工' },
];

/**
 * 我的工单, for a worker on a phone: the on-duty switch and categories on top, then the jobs in hand (soonest due
 * first, late ones in red) or those already finished. A job opens to 接单, 开始维修 and 完工.
 */
export function JobsPage() {
  const [tab, setTab] = useState<JobsTab>('open');
  const load = useCallback(
    (cursor: string | null) => call('repair', 'jobs', { isOpen: tab === 'open', ...pageInput(PAGE_SIZE, cursor) }),
    [tab],
  );
  const list = usePagedList(load);
  const now = Date.now();

  return (
    <section className="page jobs" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        我的工单
      </h1>
      <DutyCard />
      <Tabs label="工单状态" tabs={TABS} selected={tab} onSelect={setTab}>
        <PagedResults list={list} empty={tab === 'open' ? '手上没有待处理的工单。' : '还没有完工的工单。'} unit="单">
          {(jobs) => (
            <ul className="records records--grid" aria-label={tab === 'open' ? '待处理的工单' : '已完工的工单'}>
              {jobs.map((job) => (
                <RepairCard key={job.repairId} repair={job} detailPath={`/jobs/${job.repairId}`} now={now} showStatus />
              ))}
            </ul>
          )}
        </PagedResults>
      </Tabs>
    </section>
  );
}
