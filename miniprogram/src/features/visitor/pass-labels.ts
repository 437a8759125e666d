import type { OutputOf, visitorContract } from '@linli/shared';
import { formatShanghaiTime } from '../../utils/format-shanghai-time';

export type PassState = OutputOf<typeof visitorContract, 'info'>['state'];
export type PassKindName = OutputOf<typeof visitorContract, 'info'>['kind'];
export type PassShare = OutputOf<typeof visitorContract, 'create'>['share'];

/** The badge on a pass, for the resident who sent it and the visitor holding it. */
export const PASS_STATE_LABELS: Record<PassState, string> = {
  valid: '可使用',
  not_yet: '未生效',
  expired: '已过期',
  used_up: '已用完',
  revoked: '已作废',
};

export const PASS_KIND_LABELS: Record<PassKindName, string> = { visitor: '访客', delivery: '快递/外卖' };

/** A pass can still be revoked while it could still open a door. */
export function isRevocable(state: PassState): boolean {
  return state === 'valid' || state === 'not_yet';
}

/** `11月22日 13:00 至 11月23日 13:00`, in Beijing time. */
export function formatPassWindow(validFrom: string, validUntil: string): string {
  const pattern = 'M月D日 HH:mm';
  return `${formatShanghaiTime(validFrom, pattern)} 至 ${formatShanghaiTime(validUntil, pattern)}`;
}
