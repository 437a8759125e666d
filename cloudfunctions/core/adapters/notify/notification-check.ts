import { type Notification, SUBSCRIBE_ANSWERS, type SubscribeAnswer, TOPIC } from '../../ports/notifier';

/** WeChat openids are 28 base64url characters; dev logins use readable ones (`demo-owner-zhang`). */
const OPENID = /^[A-Za-z0-9_-]{3,64}$/;

export function isOpenid(value: unknown): value is string {
  return typeof value === 'string' && OPENID.test(value);
}

export function isTopic(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && TOPIC.test(value);
}

export function isSubscribeAnswer(value: unknown): value is SubscribeAnswer {
  return typeof value === 'string' && (SUBSCRIBE_ANSWERS as readonly string[]).includes(value);
}

/** Why a notification cannot be sent as it is (a caller's bug, reported as `failed`), or null. */
export function problemWith(notification: Notification): string | null {
  if (!isTopic(notification.topic)) return `invalid topic ${JSON.stringify(notification.topic)}`;
  if (!isOpenid(notification.openid)) return 'invalid openid';
  if (typeof notification.title !== 'string' || notification.title.length === 0 || notification.title.length > 100) {
    return 'a title of 1..100 characters is required';
  }
  for (const [key, value] of Object.entries(notification.fields ?? {})) {
    if (typeof value !== 'string') return `field ${key} is not a string`;
  }
  return null;
}
