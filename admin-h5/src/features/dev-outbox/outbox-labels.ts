import { NOTIFY_TOPICS } from '@linli/shared';

/** The topics in staff's words; the code stays beside it, since this page is for checking the wiring. */
export const TOPIC_LABELS: Readonly<Record<string, string>> = {
  [NOTIFY_TOPICS.repairAssigned]: '报修已派单',
  [NOTIFY_TOPICS.repairResolved]: '报修已完成',
};

type Tone = 'success' | 'danger' | 'neutral';

/** What became of each message, as the notifier reports it (see DeliveryStatus in the Notifier port). */
export const DELIVERY_LABELS: Readonly<Record<string, { label: string; tone: Tone }>> = {
  delivered: { label: '已送达', tone: 'success' },
  refused: { label: '微信拒收', tone: 'danger' },
  'no-subscription': { label: '未订阅，未发送', tone: 'neutral' },
  failed: { label: '发送失败', tone: 'danger' },
};

export function deliveryOf(status: string): { label: string; tone: Tone } {
  return DELIVERY_LABELS[status] ?? { label: status, tone: 'neutral' };
}

/**
 * `demo****hang`: enough to tell recipients apart on screen without putting a resident's whole WeChat id there;
 * a short id keeps only its first two characters.
 */
export function maskOpenid(openid: string): string {
  if (openid.length <= 8) return `${openid.slice(0, 2)}${'*'.repeat(Math.max(openid.length - 2, 1))}`;
  return `${openid.slice(0, 4)}****${openid.slice(-4)}`;
}
