import { doorContract, type OutputOf } from '@linli/shared';

export type AccessLogRow = OutputOf<typeof doorContract, 'accessLog'>['items'][number];
export type AccessMethod = AccessLogRow['method'];
export type AccessResult = AccessLogRow['result'];
export type DeviceRow = OutputOf<typeof doorContract, 'devices'>['devices'][number];

const accessLogInput = doorContract.actions.accessLog.input.shape;

/** In the contract's order, so a method or result the contract gains shows up as a type error below. */
export const ACCESS_METHODS = accessLogInput.method.unwrap().options;
export const ACCESS_RESULTS = accessLogInput.result.unwrap().options;

export const ACCESS_METHOD_LABELS: Record<AccessMethod, string> = {
  app: '小程序',
  visitor: '访客',
  face: '人脸',
  card: '刷卡',
  password: '密码',
  other: '其他',
};

export const ACCESS_RESULT_LABELS: Record<AccessResult, string> = {
  opened: '已开门',
  offline: '设备离线',
  timeout: '设备超时',
  rejected: '设备拒绝',
  denied: '无权限',
};

export const VENDOR_LABELS: Record<DeviceRow['vendor'], string> = {
  hikvision: '海康威视',
  dahua: '大华',
};

/** Every result but 已开门 is a failure staff may need to act on (a dead controller, a refused card). */
export function isFailure(result: AccessResult): boolean {
  return result !== 'opened';
}

/** A round trip to a controller, in the unit staff compare against (a tap that takes over a second feels broken). */
export function formatLatency(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000 ? `${Math.round(ms)} 毫秒` : `${(ms / 1000).toFixed(1)} 秒`;
}
