import { AppError } from '../../errors';
import type { Clock } from '../../ports/clock';
import { ANONYMOUS, type Caller, type Identity } from '../../ports/identity';
import { verifySession } from '../../identity/session-token';

/** The WeChat user behind an invocation, as the runtime reports it. */
export interface WxContext {
  openid: string | null;
  /** CloudBase's SOURCE: `wx_client`, `wx_trigger`, … */
  source: string | null;
}

export interface SessionIdentityOptions {
  secret: string | undefined;
  /** Accept dev sessions (local cloud in dev mode only). */
  allowDevSessions: boolean;
  clock: Clock;
  wxContext: (context: unknown) => WxContext;
}

/**
 * Resolves a caller from the event's session token, else from the WeChat context's OPENID, else anonymous.
 * A token that is present but not genuine is an error, never a silent downgrade to anonymous.
 */
export function createSessionIdentity(options: SessionIdentityOptions): Identity {
  return {
    async resolve({ token, context }): Promise<Caller> {
      if (token !== undefined) {
        const claims = options.secret ? verifySession(token, options.secret, options.clock.now()) : null;
        if (!claims || (claims.dev && !options.allowDevSessions) || (claims.kind === 'resident' && !claims.dev)) {
          throw new AppError('AUTH.UNAUTHENTICATED', { message: '登录已失效，请重新登录' });
        }
        return { kind: claims.kind, id: claims.sub, roles: claims.roles, scope: claims.scope };
      }
      const wx = options.wxContext(context);
      if (wx.openid) return { kind: 'resident', id: wx.openid, roles: ['resident'], scope: null };
      return ANONYMOUS;
    },
    isPlatformInvocation(context) {
      const wx = options.wxContext(context);
      return wx.openid === null && (wx.source === null || wx.source.startsWith('wx_trigger'));
    },
  };
}
