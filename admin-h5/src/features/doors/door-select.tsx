import { useCallback } from 'react';
import { call } from '../../api/call';
import { errorMessageOf } from '../../api/error-message';
import { useRequest } from '../../api/use-request';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';

interface DoorSelectProps {
  withinId: string | null;
  value: string;
  onChange: (doorId: string) => void;
}

/** The doors of the controllers in scope, grouped by controller, with 全部门 first. */
export function DoorSelect({ withinId, value, onChange }: DoorSelectProps) {
  const load = useCallback(() => call('door', 'devices', withinId ? { within: withinId } : {}), [withinId]);
  const { state, retry } = useRequest(load);

  if (state.status === 'error') {
    return (
      <ErrorNotice error={state.error} message={`门列表加载失败：${errorMessageOf(state.error)}`} onRetry={retry} />
    );
  }
  const devices = state.status === 'success' ? state.data.devices : [];
  return (
    <Field label="门" hint={state.status === 'loading' ? '正在加载门列表…' : undefined}>
      <select
        className="select"
        value={value}
        disabled={state.status !== 'success'}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">全部门</option>
        {devices.map((device) => (
          <optgroup key={device.deviceId} label={`${device.placeLabel} · ${device.name}`}>
            {device.doors.map((door) => (
              <option key={door.doorId} value={door.doorId}>
                {door.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
