import { type SessionClaims, signSession, verifySession } from './session-token';

const SECRET = 'token-secret-token-secret-token-secret-xx';
const now = new Date('2026-11-22T04:00:00Z');
const claims: SessionClaims = {
  v: 1,
  kind: 'staff',
  sub: 'staff-1',
  roles: ['property'],
  scope: ['d', 's', 'c', 'p'],
  exp: Math.floor(now.getTime() / 1000) + 60,
};

test('a signed token verifies to its claims', () => {
  expect(verifySession(signSession(claims, SECRET), SECRET, now)).toEqual(claims);
});

test('expired, forged, tampered and malformed tokens verify to null', () => {
  const token = signSession(claims, SECRET);
  const [body, mac] = token.split('.') as [string, string];
  const elevated = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
  expect(verifySession(token, SECRET, new Date(now.getTime() + 61_000))).toBeNull();
  expect(verifySession(signSession(claims, `${SECRET}-other`), SECRET, now)).toBeNull();
  expect(verifySession(`${elevated}.${mac}`, SECRET, now)).toBeNull();
  for (const junk of ['', '.', 'a.b.c', `${body}.`, `.${mac}`, 'not-a-token']) {
    expect(verifySession(junk, SECRET, now)).toBeNull();
  }
});

test('a token verifies only as issued, not in another spelling of the same signature bytes', () => {
  const token = signSession(claims, SECRET);
  const [body, mac] = token.split('.') as [string, string];
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // 43 characters hold 32 bytes with 2 spare bits in the last one: flipping a spare bit decodes the same.
  const twin = `${mac.slice(0, -1)}${alphabet[alphabet.indexOf(mac.at(-1) ?? 'A') ^ 1]}`;
  expect(Buffer.from(twin, 'base64url').equals(Buffer.from(mac, 'base64url'))).toBe(true);
  for (const variant of [`${body}.${twin}`, `${body}.${mac}=`, `${body}.${mac}!`]) {
    expect(verifySession(variant, SECRET, now)).toBeNull();
  }
});

test('claims that fail the schema are refused even when correctly signed', () => {
  const odd = signSession({ ...claims, roles: ['superuser'] } as unknown as SessionClaims, SECRET);
  expect(verifySession(odd, SECRET, now)).toBeNull();
});
