import { doorContract, type StaffProfile } from '@linli/shared';
import { useCallback, useState } from 'react';
import { canUse } from '../../api/access';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { hrefOf } from '../../router/hash-location';
import { ErrorNotice } from '../../ui/error-notice';
import { type Feedback, FeedbackLine } from '../../ui/feedback-line';
import type { DeviceRow } from './access-labels';
import { DeviceCard } from './device-card';
import { RemoveDeviceDialog } from './remove-device-dialog';
import './doors.css';

const { device, saveDevice, removeDevice } = doorContract.actions;

function summaryOf(devices: DeviceRow[]): string {
  const offline = devices.filter((d) => !d.isOnline).length;
  return `共 ${devices.length} 台设备：在线 ${devices.length - offline} 台，离线 ${offline} 台`;
}

interface DevicesPageProps {
  withinId: string | null;
  /** Whose roles decide 添加设备, 编辑 and 删除: those of the contract actions behind them. */
  staff: StaffProfile;
}

/**
 * The door controllers within scope (or the narrowed node) and whether each answers. 刷新 re-reads the status with
 * the cards left on screen, so a staff member watching a controller come back does not lose their place. Managers
 * add, edit and remove controllers from here.
 */
export function DevicesPage({ withinId, staff }: DevicesPageProps) {
  const load = useCallback(() => call('door', 'devices', withinId ? { within: withinId } : {}), [withinId]);
  const { state, retry, refresh, isRefreshing } = useRequest(load);
  const [removing, setRemoving] = useState<DeviceRow | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const canAdd = canUse(staff.roles, saveDevice.roles);
  const canEdit = canAdd && canUse(staff.roles, device.roles);
  const canRemove = canUse(staff.roles, removeDevice.roles);

  const onRemoved = (removed: DeviceRow) => {
    setRemoving(null);
    setFeedback({ tone: 'success', text: `已删除「${removed.name}」，住户已看不到它的门` });
    refresh();
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        门禁设备
      </h1>
      <div className="toolbar">
        <p className="device-summary" role="status">
          {state.status === 'success' ? summaryOf(state.data.devices) : null}
        </p>
        <div className="device-toolbar__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={refresh}
            disabled={state.status === 'loading' || isRefreshing}
          >
            {isRefreshing ? '正在刷新…' : '刷新'}
          </button>
          {canAdd ? (
            <a className="button" href={hrefOf('/doors/devices/new')}>
              添加设备
            </a>
          ) : null}
        </div>
      </div>
      <FeedbackLine feedback={feedback} />
      {state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'success' && state.data.devices.length === 0 ? (
        <p className="empty">这里还没有门禁设备。</p>
      ) : null}
      {state.status === 'success' && state.data.devices.length > 0 ? (
        <ul className="records records--grid" aria-label="门禁设备">
          {state.data.devices.map((d) => (
            <DeviceCard key={d.deviceId} device={d} canEdit={canEdit} canRemove={canRemove} onRemove={setRemoving} />
          ))}
        </ul>
      ) : null}
      {removing ? (
        <RemoveDeviceDialog device={removing} onRemoved={onRemoved} onClose={() => setRemoving(null)} />
      ) : null}
    </section>
  );
}
