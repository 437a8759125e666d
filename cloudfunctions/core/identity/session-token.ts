import { createHmac, timingSafeEqual } from 'node:crypto';
import { ROLES } from '@linli/shared';
import { z } from 'zod';

/**
 * Stateless signed session tokens: `<base64url(claims)>.<base64url(HMAC-SHA256)>`. Staff, visitor, device and
 * (dev mode only) resident sessions travel as these in the event's `token`.
 */
export const ZSessionClaims = z.object({
  v: z.literal(1),
  kind: z.enum(['resident', 'staff', 'visitor', 'device']),
  sub: z.string().min(1).max(128),
  roles: z.array(z.enum(ROLES)).min(1),
  scope: z.array(z.string()).nullable(),
  /** Expiry, seconds since the epoch. */
  exp: z.number().int().positive(),
  /** Issued by the local cloud's dev login; refused unless the function runs in dev mode. */
  dev: z.boolean().optional(),
  /** Server-side session id, where the session can be revoked (staff logout). */
  sid: z.string().optional(),
});
export type SessionClaims = z.infer<typeof ZSessionClaims>;

export function signSession(claims: SessionClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** The claims of a genuine, unexpired token; null for anything else (forged, expired, malformed). */
export function verifySession(token: string, secret: string, now: Date): SessionClaims | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
  const body = token.slice(0, dot);
  // The signature's text, not its decoded bytes: decoding ignores stray characters and spare bits, so one token
  // would otherwise verify under several spellings.
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(body, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const claims = ZSessionClaims.safeParse(json);
  if (!claims.success || claims.data.exp * 1000 <= now.getTime()) return null;
  return claims.data;
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
