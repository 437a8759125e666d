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

test('claims that fail the schema are refused even when correctly signed', () => {
  const odd = signSession({ ...claims, roles: ['superuser'] } as unknown as SessionClaims, SECRET);
  expect(verifySession(odd, SECRET, now)).toBeNull();
});
