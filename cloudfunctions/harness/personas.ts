import type { Role } from '@linli/shared';
import { type SessionClaims, signSession } from '../core/identity/session-token';

/**
 * Every kind of caller the authorization matrix tries, each a real person of the seeded demo community: residents
 * get their roles from their memberships, staff from their accounts and live sessions.
 */
export interface Persona {
  name: string;
  /** The roles the store will give this caller. */
  roles: readonly Role[];
  kind: SessionClaims['kind'] | 'anonymous';
  /** openid for residents, staff id for staff, pass/device id otherwise. */
  subject: string;
}

export const PERSONAS: readonly Persona[] = [
  { name: 'anonymous', roles: ['anonymous'], kind: 'anonymous', subject: '' },
  { name: 'resident', roles: ['resident'], kind: 'resident', subject: 'demo-new-chen' },
  { name: 'owner', roles: ['resident', 'owner'], kind: 'resident', subject: 'demo-owner-zhang' },
  { name: 'family', roles: ['resident', 'family'], kind: 'resident', subject: 'demo-family-li' },
  { name: 'tenant', roles: ['resident', 'tenant'], kind: 'resident', subject: 'demo-tenant-zhao' },
  { name: 'visitor', roles: ['visitor'], kind: 'visitor', subject: 'pass-1' },
  { name: 'device', roles: ['device'], kind: 'device', subject: 'device-1' },
  { name: 'worker', roles: ['worker'], kind: 'staff', subject: 'staff-weixiu' },
  { name: 'grid', roles: ['grid'], kind: 'staff', subject: 'staff-wangge' },
  { name: 'staff-other-scope', roles: ['property'], kind: 'staff', subject: 'staff-xingguang' },
  { name: 'staff', roles: ['property'], kind: 'staff', subject: 'staff-wuye' },
  { name: 'community', roles: ['community'], kind: 'staff', subject: 'staff-shequ' },
  { name: 'street', roles: ['street'], kind: 'staff', subject: 'staff-jiedao' },
  { name: 'admin', roles: ['admin'], kind: 'staff', subject: 'staff-admin' },
];

/**
 * A token as the persona's client would carry it, signed with any secret at any time: for visitors and devices, and
 * for forged or expired tokens. Staff tokens made here name a session that does not exist.
 */
export function tokenFor(
  persona: Persona,
  secret: string,
  now = new Date(),
  sessionId = 'no-session',
): string | undefined {
  if (persona.kind === 'anonymous') return undefined;
  const exp = Math.floor(now.getTime() / 1000) + 3600;
  const base = { v: 1 as const, kind: persona.kind, sub: persona.subject, roles: [...persona.roles], scope: null, exp };
  if (persona.kind === 'resident') return signSession({ ...base, dev: true }, secret);
  if (persona.kind === 'staff') return signSession({ ...base, sid: sessionId }, secret);
  return signSession(base, secret);
}
