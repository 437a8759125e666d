import { formatDateTime } from '../../lib/time';
import { hrefOf } from '../../router/hash-location';
import { type DeviceRow, formatLatency, VENDOR_LABELS } from './access-labels';

interface DeviceCardProps {
  device: DeviceRow;
  /** Offers 编辑 (the registration form) to those who may save devices. */
  canEdit: boolean;
  /** Offers 删除 to those who may remove devices; the page asks before it does. */
  canRemove: boolean;
  onRemove: (device: DeviceRow) => void;
}

/**
 * One door controller: whether it answers now (and, when not, why in its own words), when it last did and how
 * fast, and the doors it drives.
 */
export function DeviceCard({ device, canEdit, canRemove, onRemove }: DeviceCardProps) {
  const d = device;
  return (
    <li className={d.isOnline ? 'record' : 'record device-card--offline'} data-testid={`device-${d.deviceId}`}>
      <div className="record__head">
        <h2 className="record__title">{d.name}</h2>
        <span className={d.isOnline ? 'badge badge--success' : 'badge badge--danger'}>
          {d.isOnline ? '在线' : '离线'}
        </span>
      </div>
      {!d.isOnline && d.lastProblem ? <p className="device-card__problem">离线：{d.lastProblem}</p> : null}
      <dl className="record__facts">
        <dt>位置</dt>
        <dd>{d.placeLabel}</dd>
        <dt>品牌</dt>
        <dd>{VENDOR_LABELS[d.vendor]}</dd>
        <dt>最后在线</dt>
        <dd>{d.lastSeenAt ? <time dateTime={d.lastSeenAt}>{formatDateTime(d.lastSeenAt)}</time> : '从未连接'}</dd>
        <dt>响应耗时</dt>
        <dd>{formatLatency(d.lastLatencyMs)}</dd>
        <dt>门</dt>
        <dd>
          {d.doors.length === 0 ? '未配置' : null}
          <ul className="door-list">
            {d.doors.map((door) => (
              <li key={door.doorId} className="badge">
                {door.doorNo}号 {door.name}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {canEdit || canRemove ? (
        <div className="record__actions">
          {canEdit ? (
            <a className="button button--secondary" href={hrefOf(`/doors/devices/${encodeURIComponent(d.deviceId)}`)}>
              编辑<span className="visually-hidden">「{d.name}」</span>
            </a>
          ) : null}
          {canRemove ? (
            <button type="button" className="button button--secondary" onClick={() => onRemove(d)}>
              删除<span className="visually-hidden">「{d.name}」</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
