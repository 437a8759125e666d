import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { signSession } from '../../identity/session-token';
import { STAFF_SESSIONS, type StaffDoc, type StaffSessionDoc } from '../staff/collections';

/** A working day: long enough for a shift, short enough that a forgotten console signs itself out. */
export const STAFF_SESSION_HOURS = 12;

export interface StaffSession {
  token: string;
  sessionId: string;
  expiresAt: string;
}

/** The secret that signs session tokens; without one no session can be issued, so the service is unavailable. */
export function requireSessionSecret(deps: Pick<Deps, 'config'>): string {
  const secret = deps.config.LINLI_SESSION_SECRET;
  if (!secret) throw new AppError('UNAVAILABLE', { message: '登录服务未配置，请联系管理员' });
  return secret;
}

/**
 * Opens a server-side session for a staff member and signs a token naming it. The token's roles and scope are a
 * hint for clients only: every call re-reads them from the staff doc and checks the session is still live.
 * Used by `auth.staffLogin` and by the local cloud's dev login.
 */
export async function createStaffSession(
  deps: Pick<Deps, 'config' | 'store' | 'clock' | 'ids'>,
  staff: StaffDoc,
): Promise<StaffSession> {
  const secret = requireSessionSecret(deps);
  const now = deps.clock.now();
  const exp = Math.floor(now.getTime() / 1000) + STAFF_SESSION_HOURS * 3600;
  const expiresAt = new Date(exp * 1000).toISOString();
  const sessionId = deps.ids.token(18);
  await deps.store.collection<StaffSessionDoc>(STAFF_SESSIONS).insert({
    _id: sessionId,
    staffId: staff._id,
    createdAt: now.toISOString(),
    expiresAt,
    revokedAt: null,
  });
  const token = signSession(
    { v: 1, kind: 'staff', sub: staff._id, sid: sessionId, roles: [...staff.roles], scope: [...staff.scopePath], exp },
    secret,
  );
  return { token, sessionId, expiresAt };
}
