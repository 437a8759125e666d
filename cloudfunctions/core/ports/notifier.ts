/**
 * Notifier: tells a resident something happened (a repair assigned, finished…). In production a WeChat subscribe
 * message, which the resident must have allowed, one message per "allow" tapped (one-time subscriptions); locally
 * an outbox collection the dev pages show. Never the only channel: whatever a message is about also waits for staff
 * in the console, because a resident may refuse, have used up their allowance, or WeChat may be down.
 *
 * So `send` never throws: it resolves with what happened, for the caller to record (e.g. on a repair's timeline).
 */

/** What `wx.requestSubscribeMessage` answers per template: allowed, declined, banned by WeChat, filtered out. */
export const SUBSCRIBE_ANSWERS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscribeAnswer = (typeof SUBSCRIBE_ANSWERS)[number];

/** A kind of message, one WeChat template each: `repair.assigned`, `repair.resolved`. */
export type Topic = string;
export const TOPIC = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export interface Notification {
  topic: Topic;
  /** The resident's WeChat openid. */
  openid: string;
  /** One line in Chinese for the outbox and the console (`您的报修已派单`). */
  title: string;
  /**
   * The message's values by the topic's own field names (`{ item: '厨房水管漏水', status: '已派单' }`); the WeChat
   * adapter maps them to the template's keywords and trims each to what its type allows.
   */
  fields: Readonly<Record<string, string>>;
  /** The mini-program page a tap opens, with its query (`pages/repair/detail?id=r1`). */
  page?: string;
  /** What the message is about, so the console can link it. */
  subject?: { kind: string; id: string };
}

export type DeliveryStatus =
  /** Handed over: WeChat accepted it, or the outbox recorded it against an allowance. */
  | 'delivered'
  /** WeChat says the resident refused or has no allowance left (43101): ask again at their next tap. */
  | 'refused'
  /** Not sent: the resident has not allowed this topic (or used up what they allowed). */
  | 'no-subscription'
  /** Not sent for a reason of ours or WeChat's (configuration, outage); the allowance is kept for next time. */
  | 'failed';

export interface Delivery {
  status: DeliveryStatus;
  channel: Notifier['kind'];
  /** WeChat's errcode, when it answered with one. */
  errcode?: number;
  /** Why, for logs and the console (English, never shown to residents). */
  detail?: string;
  /** ISO 8601, UTC. */
  at: string;
}

export interface Notifier {
  readonly kind: 'wechat' | 'outbox';
  /**
   * Records what a resident answered at a tap (`wx.requestSubscribeMessage`), by topic: each `accept` allows one
   * message of that topic; other answers allow nothing and are kept as the latest answer.
   */
  recordAnswers(openid: string, answers: Readonly<Record<Topic, SubscribeAnswer>>): Promise<void>;
  /** How many messages of each topic the resident has allowed and not yet received. */
  allowance(openid: string): Promise<Record<Topic, number>>;
  /** Sends one message, spending one allowance of its topic; resolves with the outcome, never rejects. */
  send(notification: Notification): Promise<Delivery>;
}
