import type { Doc, IndexSpec } from '../../ports/document-store';
import type { DeliveryStatus, SubscribeAnswer } from '../../ports/notifier';

/** One-time subscription allowances: one document per resident and topic. */
export const NOTIFY_GRANTS = 'notify_grants';
/** Every notification the local cloud "sent", with what became of it (the dev pages show it). */
export const OUTBOX = 'outbox';

export interface GrantDoc extends Doc {
  openid: string;
  topic: string;
  /** Messages allowed and not yet sent. */
  available: number;
  /** `accept`s ever recorded, and messages sent against them. */
  accepted: number;
  used: number;
  lastAnswer: SubscribeAnswer;
  answeredAt: string;
  usedAt: string | null;
}

export function grantIdOf(openid: string, topic: string): string {
  return `g_${topic}_${openid}`.slice(0, 128);
}

export interface OutboxDoc extends Doc {
  topic: string;
  openid: string;
  title: string;
  fields: Record<string, string>;
  page: string | null;
  subjectKind: string | null;
  subjectId: string | null;
  status: DeliveryStatus;
  detail: string | null;
  createdAt: string;
}

export const NOTIFY_INDEXES: readonly IndexSpec[] = [
  { collection: NOTIFY_GRANTS, fields: ['openid'] },
  { collection: OUTBOX, fields: ['createdAt'] },
  { collection: OUTBOX, fields: ['openid', 'createdAt'] },
  { collection: OUTBOX, fields: ['subjectKind', 'subjectId'] },
];
