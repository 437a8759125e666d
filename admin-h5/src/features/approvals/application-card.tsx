import { type ApplicationRow, MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_STATUS_LABELS } from '@linli/shared';
import { formatDateTime } from '../../lib/time';

interface ApplicationCardProps {
  application: ApplicationRow;
  /** A decision on this row is in flight: its buttons stay disabled until the answer comes. */
  isBusy: boolean;
  onApprove: (application: ApplicationRow) => void;
  onReject: (application: ApplicationRow) => void;
  onRevoke: (application: ApplicationRow) => void;
}

/**
 * One binding application as the reviewer needs it: which room, as what, who applied (phone and masked ID to
 * check against the register) and when. Pending rows carry 通过/驳回; approved ones can be revoked.
 */
export function ApplicationCard({ application, isBusy, onApprove, onReject, onRevoke }: ApplicationCardProps) {
  const a = application;
  return (
    <li className="record" data-testid={`application-${a._id}`} aria-busy={isBusy || undefined}>
      <div className="record__head">
        <h2 className="record__title">{a.roomLabel}</h2>
        <span className="badge badge--primary">{MEMBERSHIP_ROLE_LABELS[a.role]}</span>
      </div>
      <dl className="record__facts">
        <dt>申请人</dt>
        <dd>{a.name}</dd>
        <dt>手机号</dt>
        <dd>{a.phone}</dd>
        <dt>身份证</dt>
        <dd>{a.idNumberMasked ?? '未填写'}</dd>
        <dt>申请时间</dt>
        <dd>
          <time dateTime={a.appliedAt}>{formatDateTime(a.appliedAt)}</time>
        </dd>
        {a.reason ? (
          <>
            <dt>{a.status === 'revoked' ? '解除原因' : '驳回原因'}</dt>
            <dd>{a.reason}</dd>
          </>
        ) : null}
        {a.status !== 'pending' ? (
          <>
            <dt>状态</dt>
            <dd>{MEMBERSHIP_STATUS_LABELS[a.status]}</dd>
          </>
        ) : null}
      </dl>
      {a.status === 'pending' ? (
        <div className="record__actions">
          <button type="button" className="button" disabled={isBusy} onClick={() => onApprove(a)}>
            通过
          </button>
          <button type="button" className="button button--secondary" disabled={isBusy} onClick={() => onReject(a)}>
            驳回
          </button>
        </div>
      ) : null}
      {a.status === 'approved' ? (
        <div className="record__actions">
          <button type="button" className="button button--secondary" disabled={isBusy} onClick={() => onRevoke(a)}>
            解除认证
          </button>
        </div>
      ) : null}
    </li>
  );
}
