import type { Role } from '@linli/shared';

export type CallerKind = 'anonymous' | 'resident' | 'visitor' | 'device' | 'staff' | 'system';

/** Who is calling, resolved once per invocation and passed to the use case. */
export interface Caller {
  kind: CallerKind;
  /** openid, staff id, pass id or device id; null when anonymous or system. */
  id: string | null;
  roles: readonly Role[];
  /** Staff only: the hierarchy path of the node the staff member may see (`[districtId, streetId, …]`). */
  scope: readonly string[] | null;
  /** Staff only: the server-side session the token names, so logout can revoke exactly that one. */
  sessionId?: string;
  /** Residents only: who they are in the register and which approved room they are acting for. */
  resident?: ResidentContext;
}

export interface ResidentContext {
  /** Null until the WeChat user first applies for a room. */
  residentId: string | null;
  currentRoomId: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({
  kind: 'anonymous',
  id: null,
  roles: ['anonymous'] as const,
  scope: null,
});
export const SYSTEM: Caller = Object.freeze({ kind: 'system', id: null, roles: [] as const, scope: null });

export interface Invocation {
  /** A staff, visitor, device or dev session token carried in the event. */
  token: string | undefined;
  /** The runtime's invocation context (CloudBase: request id, WX context). */
  context: unknown;
}

export interface Identity {
  resolve(invocation: Invocation): Promise<Caller>;
  /** Whether the invocation came from the platform itself (a timer), not from a client. */
  isPlatformInvocation(context: unknown): boolean;
}
