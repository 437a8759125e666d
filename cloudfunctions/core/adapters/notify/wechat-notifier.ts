import type { Clock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import type { Delivery, DeliveryStatus, Notification, Notifier } from '../../ports/notifier';
import { problemWith } from './notification-check';
import type { MiniprogramState, SubscribeMessageApi, SubscribeRequest } from './subscribe-message-api';
import { createSubscriptionLedger } from './subscription-ledger';
import { fitKeywordValue } from './wx-keyword-values';
import type { WxTemplate, WxTemplates } from './wx-templates';

/**
 * Notifier by WeChat subscribe messages (one-time subscriptions). A send spends one allowance from the ledger before
 * calling WeChat, and gives it back when the message did not go out for a reason that is not the resident's; a
 * 43101 ("user refuse to accept the msg": refused, unsubscribed, or allowance used up) zeroes it.
 */
export interface WechatNotifierOptions {
  store: DocumentStore;
  clock: Clock;
  templates: WxTemplates;
  /** Which build a tap opens: `formal` in production, `developer`/`trial` while testing. */
  miniprogramState: MiniprogramState;
}

/** WeChat says the resident does not (or no longer) accept this template. */
export const WX_REFUSED = 43101;

export function createWechatNotifier(api: () => SubscribeMessageApi, options: WechatNotifierOptions): Notifier {
  const { clock, templates } = options;
  const ledger = createSubscriptionLedger(options.store, clock);

  return {
    kind: 'wechat',
    recordAnswers: (openid, answers) => ledger.record(openid, answers),
    allowance: (openid) => ledger.allowance(openid),

    async send(notification) {
      const at = clock.now().toISOString();
      const result = (status: DeliveryStatus, detail?: string, errcode?: number): Delivery => ({
        status,
        channel: 'wechat',
        at,
        ...(errcode === undefined ? {} : { errcode }),
        ...(detail ? { detail } : {}),
      });
      const problem = problemWith(notification);
      if (problem) return result('failed', problem);
      const template = templates[notification.topic];
      if (!template) return result('failed', `no WeChat template configured for ${notification.topic}`);
      const request = requestFor(notification, template, options.miniprogramState);
      if (typeof request === 'string') return result('failed', request);

      let taken = false;
      try {
        taken = await ledger.take(notification.openid, notification.topic);
        if (!taken) return result('no-subscription', `no allowance left for ${notification.topic}`);
        const answer = await api().send(request);
        if (answer.errcode === 0) return result('delivered');
        if (answer.errcode === WX_REFUSED) {
          taken = false;
          await ledger.clear(notification.openid, notification.topic);
          return result('refused', answer.errmsg, answer.errcode);
        }
        await ledger.giveBack(notification.openid, notification.topic);
        taken = false;
        return result('failed', answer.errmsg, answer.errcode);
      } catch (error) {
        if (taken) await ledger.giveBack(notification.openid, notification.topic).catch(() => undefined);
        return result(
          'failed',
          `subscribeMessage.send failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}

/** The request for a notification, or why it cannot be made (a field the template needs is missing). */
function requestFor(
  notification: Notification,
  template: WxTemplate,
  state: MiniprogramState,
): SubscribeRequest | string {
  const data: SubscribeRequest['data'] = {};
  for (const [field, keyword] of Object.entries(template.keywords)) {
    const value = notification.fields[field];
    if (value === undefined || value.trim() === '') return `field ${field} (${keyword}) is missing`;
    data[keyword] = { value: fitKeywordValue(keyword, value) };
  }
  const page = notification.page ?? template.page;
  return {
    touser: notification.openid,
    template_id: template.id,
    ...(page ? { page } : {}),
    data,
    miniprogram_state: state,
    lang: 'zh_CN',
  };
}
