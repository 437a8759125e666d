import type { Config } from '../../env';
import { systemClock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import { randomIds } from '../../ports/ids';
import type { Notifier } from '../../ports/notifier';

/**
 * The Notifier the runtime calls for: the outbox in the local cloud (there is no WeChat to send through), subscribe
 * messages by cloud call in CloudBase. A malformed LINLI_WX_TEMPLATES stops the function here, naming the variable.
 */
export async function openNotifier(config: Config, store: DocumentStore): Promise<Notifier> {
  if (config.LINLI_RUNTIME === 'local') {
    const { createOutboxNotifier } = await import('./outbox-notifier');
    return createOutboxNotifier({ store, clock: systemClock, ids: randomIds });
  }
  const [{ createWechatNotifier }, { createCloudbaseSubscribeApi }, { parseWxTemplates }, { lazyCloudbaseApp }] =
    await Promise.all([
      import('./wechat-notifier'),
      import('./subscribe-message-api'),
      import('./wx-templates'),
      import('../cloudbase-app'),
    ]);
  const app = lazyCloudbaseApp({
    env: config.TCB_ENV_ID,
    secretId: config.TENCENTCLOUD_SECRETID,
    secretKey: config.TENCENTCLOUD_SECRETKEY,
    sessionToken: config.TENCENTCLOUD_SESSIONTOKEN,
  });
  const api = createCloudbaseSubscribeApi(app);
  return createWechatNotifier(() => api, {
    store,
    clock: systemClock,
    templates: parseWxTemplates(config.LINLI_WX_TEMPLATES),
    miniprogramState: config.LINLI_WX_MINIPROGRAM_STATE,
  });
}
