/**
 * `subscribeMessage.send` (POST cgi-bin/message/subscribe/send) as the WeChat notifier needs it, and the CloudBase
 * cloud call that carries it. Cloud calls need no access_token; the function's config.json must list the API under
 * `permissions.openapi` (`["subscribeMessage.send"]`), or WeChat answers with a permission error.
 */
export interface SubscribeRequest {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state: MiniprogramState;
  lang: 'zh_CN';
}

export type MiniprogramState = 'developer' | 'trial' | 'formal';

/** WeChat's answer: errcode 0 is sent; anything else says why not. */
export interface SubscribeAnswer {
  errcode: number;
  errmsg: string;
}

export interface SubscribeMessageApi {
  send(request: SubscribeRequest): Promise<SubscribeAnswer>;
}

/** The cloud-call name, as config.json's `permissions.openapi` spells it. */
export const SUBSCRIBE_SEND_API = 'subscribeMessage.send';

/** The node-sdk's cloud call, as far as it is used here (its own typing is `any`). */
export interface WxOpenApiCaller {
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<unknown>;
}

/**
 * Reads the SDK's reply: `{ result: { errcode, errmsg } }` when WeChat answered, `{ code, message }` when CloudBase
 * itself refused the call (permission, quota), which is reported as errcode -1 with that code in the message.
 */
export function createCloudbaseSubscribeApi(caller: () => WxOpenApiCaller): SubscribeMessageApi {
  return {
    async send(request) {
      const reply = await caller().callWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData: request });
      const field = (from: unknown, key: string): unknown =>
        from !== null && typeof from === 'object' ? Reflect.get(from, key) : undefined;
      const code = field(reply, 'code');
      if (code) return { errcode: -1, errmsg: `cloudbase ${String(code)}: ${String(field(reply, 'message') ?? '')}` };
      const result = field(reply, 'result');
      const errcode = Number(field(result, 'errcode') ?? 0);
      return { errcode: Number.isFinite(errcode) ? errcode : -1, errmsg: String(field(result, 'errmsg') ?? '') };
    },
  };
}
