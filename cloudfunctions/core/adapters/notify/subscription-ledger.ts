import { AppError } from '../../errors';
import type { Clock } from '../../ports/clock';
import { type DocumentStore, StoreError, type Update } from '../../ports/document-store';
import type { SubscribeAnswer, Topic } from '../../ports/notifier';
import { type GrantDoc, grantIdOf, NOTIFY_GRANTS } from './collections';
import { isOpenid, isSubscribeAnswer, isTopic } from './notification-check';

/**
 * The count of one-time messages each resident has allowed per topic. WeChat keeps the real count and tells us only
 * by refusing a send (43101), so this ledger is our best knowledge of it: an `accept` adds one, a send takes one
 * first (a conditional update, so two sends can never spend the same allowance), a send that did not go out gives
 * it back, and a 43101 sets it to zero.
 */
export interface SubscriptionLedger {
  record(openid: string, answers: Readonly<Record<Topic, SubscribeAnswer>>): Promise<void>;
  allowance(openid: string): Promise<Record<Topic, number>>;
  /** Spends one allowance; false when there is none. */
  take(openid: string, topic: Topic): Promise<boolean>;
  /** Returns an allowance taken for a message that did not go out. */
  giveBack(openid: string, topic: Topic): Promise<void>;
  /** WeChat says there is nothing left: believe it. */
  clear(openid: string, topic: Topic): Promise<void>;
}

/** A resident taps one button; WeChat asks about at most 3 templates a time. A few more leave room, not abuse. */
const MAX_ANSWERS = 10;

export function createSubscriptionLedger(store: DocumentStore, clock: Clock): SubscriptionLedger {
  const grants = () => store.collection<GrantDoc>(NOTIFY_GRANTS);

  /** Update the resident's document for a topic, creating it first if this is their first answer. */
  async function upsert(openid: string, topic: Topic, update: Update, initial: GrantDoc): Promise<void> {
    const _id = grantIdOf(openid, topic);
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await grants().update({ _id }, update)) === 1) return;
      try {
        await grants().insert(initial);
        return;
      } catch (error) {
        // Another tap created it in between: update that one.
        if (!(error instanceof StoreError && error.kind === 'DUPLICATE')) throw error;
      }
    }
    throw new Error(`[notify] could not record an answer for ${topic}`);
  }

  return {
    async record(openid, answers) {
      const entries = Object.entries(answers);
      const valid = entries.every(([topic, answer]) => isTopic(topic) && isSubscribeAnswer(answer));
      if (!isOpenid(openid) || !valid || entries.length > MAX_ANSWERS) {
        throw new AppError('VALIDATION.FAILED', { message: '订阅结果格式不正确' });
      }
      const answeredAt = clock.now().toISOString();
      for (const [topic, answer] of entries) {
        const accepted = answer === 'accept' ? 1 : 0;
        await upsert(
          openid,
          topic,
          { inc: { available: accepted, accepted }, set: { lastAnswer: answer, answeredAt } },
          {
            _id: grantIdOf(openid, topic),
            openid,
            topic,
            available: accepted,
            accepted,
            used: 0,
            lastAnswer: answer,
            answeredAt,
            usedAt: null,
          },
        );
      }
    },

    async allowance(openid) {
      if (!isOpenid(openid)) return {};
      const { items } = await grants().find({ openid }, { limit: 100 });
      return Object.fromEntries(items.map((grant) => [grant.topic, grant.available]));
    },

    async take(openid, topic) {
      const usedAt = clock.now().toISOString();
      const changed = await grants().update(
        { _id: grantIdOf(openid, topic), available: { gte: 1 } },
        { inc: { available: -1, used: 1 }, set: { usedAt } },
      );
      return changed === 1;
    },

    async giveBack(openid, topic) {
      await grants().update({ _id: grantIdOf(openid, topic) }, { inc: { available: 1, used: -1 } });
    },

    async clear(openid, topic) {
      await grants().update({ _id: grantIdOf(openid, topic), available: { gt: 0 } }, { set: { available: 0 } });
    },
  };
}
