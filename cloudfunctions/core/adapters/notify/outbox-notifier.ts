import type { Clock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import type { Ids } from '../../ports/ids';
import type { Delivery, DeliveryStatus, Notifier } from '../../ports/notifier';
import { OUTBOX, type OutboxDoc } from './collections';
import { problemWith } from './notification-check';
import { createSubscriptionLedger } from './subscription-ledger';

/**
 * The local cloud's Notifier: every notification becomes a document in `outbox` (shown at `GET /api/dev/outbox`),
 * with the status WeChat would have given it. Allowances are kept exactly as in production, so a flow tested locally
 * meets the same `no-subscription` a resident who never tapped "allow" would cause.
 */
export interface OutboxNotifierOptions {
  store: DocumentStore;
  clock: Clock;
  ids: Ids;
}

export function createOutboxNotifier({ store, clock, ids }: OutboxNotifierOptions): Notifier {
  const ledger = createSubscriptionLedger(store, clock);

  return {
    kind: 'outbox',
    recordAnswers: (openid, answers) => ledger.record(openid, answers),
    allowance: (openid) => ledger.allowance(openid),

    async send(notification) {
      const at = clock.now().toISOString();
      const result = (status: DeliveryStatus, detail?: string): Delivery => ({
        status,
        channel: 'outbox',
        at,
        ...(detail ? { detail } : {}),
      });
      const problem = problemWith(notification);
      if (problem) return result('failed', problem);

      let taken = false;
      try {
        taken = await ledger.take(notification.openid, notification.topic);
        const status: DeliveryStatus = taken ? 'delivered' : 'no-subscription';
        const detail = taken ? null : `no allowance left for ${notification.topic}`;
        const doc: OutboxDoc = {
          _id: ids.next(),
          topic: notification.topic,
          openid: notification.openid,
          title: notification.title,
          fields: { ...notification.fields },
          page: notification.page ?? null,
          subjectKind: notification.subject?.kind ?? null,
          subjectId: notification.subject?.id ?? null,
          status,
          detail,
          createdAt: at,
        };
        await store.collection<OutboxDoc>(OUTBOX).insert(doc);
        return result(status, detail ?? undefined);
      } catch (error) {
        if (taken) await ledger.giveBack(notification.openid, notification.topic).catch(() => undefined);
        return result('failed', `outbox write failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
