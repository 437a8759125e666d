import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { hrefOf } from '../../router/hash-location';
import { ErrorNotice } from '../../ui/error-notice';
import type { DeviceRow } from './access-labels';
import { DeviceForm } from './device-form';
import { SaveOutcome } from './save-outcome';
import './doors.css';

const loadNothing = () => Promise.resolve(null);

/**
 * Registers a controller (`deviceId` null) or edits one. The page stays after 保存 with the probe's result on top:
 * a controller that does not answer usually has a wrong address or password, fixed right here and saved again. A
 * new controller's later saves edit it, so saving twice does not register it twice.
 */
export function DeviceFormPage({ deviceId }: { deviceId: string | null }) {
  const load = useCallback(
    () => (deviceId ? call('door', 'device', { deviceId }).then(({ device }) => device) : loadNothing()),
    [deviceId],
  );
  const { state, retry } = useRequest(load);
  const [saved, setSaved] = useState<DeviceRow | null>(null);
  const savedId = saved?.deviceId ?? deviceId;

  return (
    <section className="page device-form-page" aria-labelledby="page-title">
      <p>
        <a href={hrefOf('/doors')}>← 门禁设备</a>
      </p>
      <h1 id="page-title" className="page__title">
        {savedId ? '编辑门禁设备' : '添加门禁设备'}
      </h1>
      {saved ? <SaveOutcome device={saved} /> : null}
      {state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'success' ? <DeviceForm initial={state.data} deviceId={savedId} onSaved={setSaved} /> : null}
    </section>
  );
}
