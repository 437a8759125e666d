import type { WxContext } from './session-identity';

/**
 * CloudBase passes the WeChat caller in the invocation context's `environ` string (`WX_OPENID=…;WX_SOURCE=…`),
 * per invocation, so concurrent calls never share it.
 */
export function readCloudbaseWxContext(context: unknown): WxContext {
  const environ =
    typeof context === 'object' && context !== null && 'environ' in context && typeof context.environ === 'string'
      ? context.environ
      : '';
  const pairs = new Map<string, string>();
  for (const part of environ.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) pairs.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const openid = pairs.get('WX_OPENID') || null;
  const source = pairs.get('WX_SOURCE') || pairs.get('TCB_SOURCE') || null;
  return { openid, source };
}

/** The local cloud has no WeChat: residents arrive with dev sessions; timers are invoked in-process. */
export function readLocalWxContext(context: unknown): WxContext {
  const isTimer = typeof context === 'object' && context !== null && 'source' in context && context.source === 'timer';
  return { openid: null, source: isTimer ? 'wx_trigger' : 'local_http' };
}
