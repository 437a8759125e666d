import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_STATUS_LABELS, type ResidentRow } from '@linli/shared';
import { REVEAL_SECONDS } from './use-revealed-ids';

interface ResidentCardProps {
  resident: ResidentRow;
  /** The full ID number while it is revealed. */
  revealed: string | undefined;
  canReveal: boolean;
  onReveal: (resident: ResidentRow) => void;
  onHide: (residentId: string) => void;
}

/** One resident: contact, masked ID (full for REVEAL_SECONDS after a logged reveal) and their rooms. */
export function ResidentCard({ resident, revealed, canReveal, onReveal, onHide }: ResidentCardProps) {
  const r = resident;
  return (
    <li className="record" data-testid={`resident-${r._id}`}>
      <div className="record__head">
        <h2 className="record__title">{r.name}</h2>
      </div>
      <dl className="record__facts">
        <dt>手机号</dt>
        <dd>{r.phone}</dd>
        <dt>身份证</dt>
        <dd>
          {revealed ? (
            <span className="revealed-id">
              <strong className="revealed-id__number">{revealed}</strong>
              <span className="revealed-id__note">{REVEAL_SECONDS} 秒后自动隐藏</span>
            </span>
          ) : (
            (r.idNumberMasked ?? '未登记')
          )}
        </dd>
        <dt>房屋</dt>
        <dd>
          {r.rooms.length === 0 ? '无' : null}
          <ul className="plain-list">
            {r.rooms.map((room) => (
              <li key={room.roomId}>
                {room.label} · {MEMBERSHIP_ROLE_LABELS[room.role]} · {MEMBERSHIP_STATUS_LABELS[room.status]}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {canReveal && r.idNumberMasked ? (
        <div className="record__actions">
          {/* One button whose job flips, so focus returning from the reveal dialog lands on it again. */}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => (revealed ? onHide(r._id) : onReveal(r))}
          >
            {revealed ? '隐藏身份证号' : '查看身份证'}
          </button>
        </div>
      ) : null}
    </li>
  );
}
