import type { Role } from '@linli/shared';
import { type SessionClaims, signSession } from '../core/identity/session-token';

/** Every kind of caller the authorization matrix tries. Staff scopes are hierarchy paths. */
export interface Persona {
  name: string;
  roles: readonly Role[];
  claims: Omit<SessionClaims, 'v' | 'exp'> | null;
}

const HOME_SCOPE = ['district-demo', 'street-demo', 'community-demo', 'compound-demo'];
const OTHER_SCOPE = ['district-demo', 'street-demo', 'community-other', 'compound-other'];

function resident(name: string, roles: Role[]): Persona {
  return { name, roles, claims: { kind: 'resident', sub: `openid-${name}`, roles, scope: null, dev: true } };
}

function staff(name: string, roles: Role[], scope: string[]): Persona {
  return { name, roles, claims: { kind: 'staff', sub: `staff-${name}`, roles, scope } };
}

export const PERSONAS: readonly Persona[] = [
  { name: 'anonymous', roles: ['anonymous'], claims: null },
  resident('resident', ['resident']),
  resident('owner', ['resident', 'owner']),
  resident('family', ['resident', 'family']),
  resident('tenant', ['resident', 'tenant']),
  { name: 'visitor', roles: ['visitor'], claims: { kind: 'visitor', sub: 'pass-1', roles: ['visitor'], scope: null } },
  { name: 'device', roles: ['device'], claims: { kind: 'device', sub: 'device-1', roles: ['device'], scope: null } },
  staff('worker', ['worker'], HOME_SCOPE),
  staff('grid', ['grid'], HOME_SCOPE.slice(0, 3)),
  staff('staff-other-scope', ['property'], OTHER_SCOPE),
  staff('staff', ['property'], HOME_SCOPE),
  staff('community', ['community'], HOME_SCOPE.slice(0, 3)),
  staff('street', ['street'], HOME_SCOPE.slice(0, 2)),
  staff('admin', ['admin'], HOME_SCOPE.slice(0, 1)),
];

export function tokenFor(persona: Persona, secret: string, now = new Date()): string | undefined {
  if (!persona.claims) return undefined;
  return signSession({ v: 1, exp: Math.floor(now.getTime() / 1000) + 3600, ...persona.claims }, secret);
}
