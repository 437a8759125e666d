import { AppError } from '../../errors';
import type { CallerDirectory } from '../../identity/caller-directory';
import { verifySession } from '../../identity/session-token';
import type { Clock } from '../../ports/clock';
import { ANONYMOUS, type Caller, type Identity } from '../../ports/identity';

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
  directory: CallerDirectory;
}

/**
 * Resolves a caller from the event's session token, else from the WeChat context's OPENID, else anonymous.
 * A token that is present but not genuine is an error, never a silent downgrade to anonymous. Roles and scope come
 * from the store, not from the token, so changes apply immediately.
 */
export function createSessionIdentity(options: SessionIdentityOptions): Identity {
  const refuse = () => new AppError('AUTH.UNAUTHENTICATED', { message: '登录已失效，请重新登录' });

  return {
    async resolve({ token, context }): Promise<Caller> {
      if (token !== undefined) {
        const now = options.clock.now();
        const claims = options.secret ? verifySession(token, options.secret, now) : null;
        if (!claims || (claims.dev && !options.allowDevSessions)) throw refuse();
        switch (claims.kind) {
          case 'resident': {
            // Residents prove who they are through WeChat; a token naming one is a dev-login stand-in for that.
            if (!claims.dev) throw refuse();
            return residentCaller(claims.sub);
          }
          case 'staff': {
            const staff = claims.sid ? await options.directory.staff(claims.sid, claims.sub, now) : null;
            if (!staff) throw refuse();
            return { kind: 'staff', id: claims.sub, roles: staff.roles, scope: staff.scope, sessionId: claims.sid };
          }
          default:
            return { kind: claims.kind, id: claims.sub, roles: claims.roles, scope: null };
        }
      }
      const wx = options.wxContext(context);
      return wx.openid ? residentCaller(wx.openid) : ANONYMOUS;
    },
    isPlatformInvocation(context) {
      const wx = options.wxContext(context);
      return wx.openid === null && (wx.source === null || wx.source.startsWith('wx_trigger'));
    },
  };

  async function residentCaller(openid: string): Promise<Caller> {
    const { roles, resident } = await options.directory.resident(openid);
    return { kind: 'resident', id: openid, roles, scope: null, resident };
  }
}
