import { REPAIR_CATEGORIES, REPAIR_STATUS_LABELS, REPAIR_URGENCY_LABELS, type RepairSummary } from '@linli/shared';
import { formatDateTime } from '../../lib/time';
import { hrefOf } from '../../router/hash-location';
import { overdueHoursOf, overdueLabelOf } from './repair-labels';

interface RepairCardProps {
  repair: RepairSummary;
  /** Where the number links: the board's detail or the worker's job page. */
  detailPath: string;
  /** When the card is drawn, for the hours overdue; passed in so a list shares one clock. */
  now: number;
  /** The board shows each column's status once, in its tab; the worker's list mixes two. */
  showStatus?: boolean;
}

/**
 * One repair as a dispatcher or worker scans it: number, category and urgency, the problem, where, who reported
 * it, when it is due and who has it. A late one is edged in red and says by how many hours, in words as well.
 */
export function RepairCard({ repair, detailPath, now, showStatus = false }: RepairCardProps) {
  const r = repair;
  const overdueHours = overdueHoursOf(r, now);
  const isLate = overdueHours !== null;
  return (
    <li
      className={isLate ? 'record repair-card repair-card--overdue' : 'record repair-card'}
      data-testid={`repair-${r.repairId}`}
    >
      <div className="record__head">
        <h2 className="record__title">
          <a className="repair-card__link" href={hrefOf(detailPath)}>
            {r.title}
          </a>
        </h2>
        <span className="repair-card__number">{r.number}</span>
      </div>
      <p className="repair-card__badges">
        <span className="badge badge--primary">{REPAIR_CATEGORIES[r.category].label}</span>
        <span className={r.urgency === 'urgent' ? 'badge badge--danger' : 'badge'}>
          {REPAIR_URGENCY_LABELS[r.urgency]}
        </span>
        {showStatus ? <span className="badge">{REPAIR_STATUS_LABELS[r.status]}</span> : null}
        {isLate ? <span className="badge badge--danger">{overdueLabelOf(overdueHours)}</span> : null}
        {r.reopenCount > 0 ? <span className="badge badge--warning">重新打开 {r.reopenCount} 次</span> : null}
      </p>
      <dl className="record__facts">
        <dt>位置</dt>
        <dd>{r.locationLabel}</dd>
        <dt>报修人</dt>
        <dd>{r.reporterName}</dd>
        <dt>应完成</dt>
        <dd>
          <time dateTime={r.dueAt}>{formatDateTime(r.dueAt)}</time>
        </dd>
        <dt>维修师傅</dt>
        <dd>{r.assignee?.name ?? '未派单'}</dd>
        {r.rating !== null ? (
          <>
            <dt>评价</dt>
            <dd>{r.rating} 星</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
