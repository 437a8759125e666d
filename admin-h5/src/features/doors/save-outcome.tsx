import { useEffect, useRef } from 'react';
import { hrefOf } from '../../router/hash-location';
import { type DeviceRow, formatLatency } from './access-labels';

/**
 * What the probe right after a save found: the controller answers (and how fast), or it does not, in its own words,
 * with what to check. Focus moves here so a person who pressed 保存 at the foot of a phone screen sees it.
 */
export function SaveOutcome({ device }: { device: DeviceRow }) {
  const box = useRef<HTMLDivElement>(null);
  // Each save answers with a new row, so a second save moves focus here again.
  useEffect(() => {
    if (device.deviceId) box.current?.focus();
  }, [device]);

  return (
    <div
      ref={box}
      tabIndex={-1}
      role="status"
      className={device.isOnline ? 'notice notice--success' : 'notice device-outcome--offline'}
    >
      {device.isOnline ? (
        <p>
          已保存「{device.name}」，设备在线，响应耗时 {formatLatency(device.lastLatencyMs)}。
        </p>
      ) : (
        <>
          <p>
            已保存「{device.name}」，但设备离线：{device.lastProblem ?? '设备没有回应'}。
          </p>
          <p>请检查设备地址、账号和密码是否正确，以及设备是否通电并已联网；改好后再次保存即可重新连接。</p>
        </>
      )}
      <p>
        <a href={hrefOf('/doors')}>返回门禁设备列表</a>
      </p>
    </div>
  );
}
