import { useCallback } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { ErrorNotice } from '../../ui/error-notice';
import type { DeviceRow } from './access-labels';
import { DeviceCard } from './device-card';
import './doors.css';

function summaryOf(devices: DeviceRow[]): string {
  const offline = devices.filter((device) => !device.isOnline).length;
  return `共 ${devices.length} 台设备：在线 ${devices.length - offline} 台，离线 ${offline} 台`;
}

/**
 * The door controllers within scope (or the narrowed node) and whether each answers. 刷新 re-reads the status with
 * the cards left on screen, so a staff member watching a controller come back does not lose their place.
 */
export function DevicesPage({ withinId }: { withinId: string | null }) {
  const load = useCallback(() => call('door', 'devices', withinId ? { within: withinId } : {}), [withinId]);
  const { state, retry, refresh, isRefreshing } = useRequest(load);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        门禁设备
      </h1>
      <div className="toolbar">
        <p className="device-summary" role="status">
          {state.status === 'success' ? summaryOf(state.data.devices) : null}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={refresh}
          disabled={state.status === 'loading' || isRefreshing}
        >
          {isRefreshing ? '正在刷新…' : '刷新'}
        </button>
      </div>
      {state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'success' && state.data.devices.length === 0 ? (
        <p className="empty">这里还没有门禁设备。</p>
      ) : null}
      {state.status === 'success' && state.data.devices.length > 0 ? (
        <ul className="records records--grid" aria-label="门禁设备">
          {state.data.devices.map((device) => (
            <DeviceCard key={device.deviceId} device={device} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
