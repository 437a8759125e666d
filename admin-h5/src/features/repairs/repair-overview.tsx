import { REPAIR_CATEGORIES, REPAIR_STATUS_LABELS, REPAIR_URGENCY_LABELS, type RepairDetail } from '@linli/shared';
import { formatDateTime, formatTimeWindow } from '../../lib/time';
import { PhotoGallery } from '../../ui/photo-gallery';
import { isDiallable, overdueHoursOf, overdueLabelOf } from './repair-labels';

/**
 * What a dispatcher or worker needs before acting: the status and how late it is, where and for whom (the phone
 * dialled with one tap), when the household would like the visit, the problem in their words and photos, and once
 * fixed, the completion and the household's rating.
 */
export function RepairOverview({ repair, now }: { repair: RepairDetail; now: number }) {
  const r = repair;
  const overdueHours = overdueHoursOf(r, now);
  return (
    <>
      <p className="repair-card__badges">
        <span className="badge badge--primary">{REPAIR_STATUS_LABELS[r.status]}</span>
        <span className="badge">{REPAIR_CATEGORIES[r.category].label}</span>
        <span className={r.urgency === 'urgent' ? 'badge badge--danger' : 'badge'}>
          {REPAIR_URGENCY_LABELS[r.urgency]}
        </span>
        {overdueHours !== null ? <span className="badge badge--danger">{overdueLabelOf(overdueHours)}</span> : null}
        {r.reopenCount > 0 ? <span className="badge badge--warning">重新打开 {r.reopenCount} 次</span> : null}
      </p>
      <section className="card" aria-labelledby="repair-facts">
        <h2 id="repair-facts" className="card__title">
          报修信息
        </h2>
        <dl className="record__facts">
          <dt>编号</dt>
          <dd>{r.number}</dd>
          <dt>位置</dt>
          <dd>{r.locationLabel}</dd>
          <dt>报修人</dt>
          <dd>{r.reporterName}</dd>
          <dt>电话</dt>
          <dd>
            {isDiallable(r.reporterPhone) ? <a href={`tel:${r.reporterPhone}`}>{r.reporterPhone}</a> : r.reporterPhone}
          </dd>
          <dt>提交时间</dt>
          <dd>
            <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
          </dd>
          <dt>期望上门</dt>
          <dd>{r.preferredTime ? formatTimeWindow(r.preferredTime.from, r.preferredTime.to) : '未指定'}</dd>
          <dt>应完成</dt>
          <dd>
            <time dateTime={r.dueAt}>{formatDateTime(r.dueAt)}</time>
          </dd>
          <dt>维修师傅</dt>
          <dd>{r.assignee?.name ?? '未派单'}</dd>
          {r.mergedInto ? (
            <>
              <dt>合并到</dt>
              <dd>{r.mergedInto.number}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="repair-section__title">问题描述</h3>
        <p className="repair-description">{r.description}</p>
        <PhotoGallery photos={r.photos} label="报修照片" />
      </section>
      {r.completion ? (
        <section className="card" aria-labelledby="repair-completion">
          <h2 id="repair-completion" className="card__title">
            完工情况
          </h2>
          <p className="record__note">
            <time dateTime={r.completion.at}>{formatDateTime(r.completion.at)}</time>
          </p>
          <p className="repair-description">{r.completion.note}</p>
          <PhotoGallery photos={r.completion.photos} label="完工照片" />
        </section>
      ) : null}
      {r.rating !== null ? (
        <section className="card" aria-labelledby="repair-rating">
          <h2 id="repair-rating" className="card__title">
            住户评价
          </h2>
          <p>
            <span className="repair-stars" aria-hidden="true">
              {'★'.repeat(r.rating)}
              {'☆'.repeat(5 - r.rating)}
            </span>{' '}
            {r.rating} 星
          </p>
          {r.ratingComment ? <p className="repair-description">{r.ratingComment}</p> : null}
        </section>
      ) : null}
    </>
  );
}
