import type { CallerDirectory } from '../../identity/caller-directory';
import { type SessionClaims, signSession } from '../../identity/session-token';
import { fixedClock } from '../../ports/clock';
import { createSessionIdentity } from './session-identity';
import { readCloudbaseWxContext, readLocalWxContext } from './wx-context';

const SECRET = 'identity-secret-identity-secret-identity';
const clock = fixedClock(new Date('2026-11-22T04:00:00Z'));
const exp = Math.floor(clock.now().getTime() / 1000) + 600;

const directory: CallerDirectory = {
  staff: async (sid, staffId) =>
    sid === 'live' && staffId === 'staff-1' ? { roles: ['property'], scope: ['d', 's', 'c', 'p'] } : null,
  resident: async (openid) =>
    openid === 'owner-openid'
      ? { roles: ['resident', 'owner'], resident: { residentId: 'r1', currentRoomId: 'room-1' } }
      : { roles: ['resident'], resident: { residentId: null, currentRoomId: null } },
};

function identity(allowDevSessions = true, wxContext = readLocalWxContext) {
  return createSessionIdentity({ secret: SECRET, allowDevSessions, clock, wxContext, directory });
}

function token(claims: Partial<SessionClaims>): string {
  return signSession({ v: 1, kind: 'resident', sub: 'x', roles: ['resident'], scope: null, exp, ...claims }, SECRET);
}

test('a resident token names the person; the register, not the token, gives the roles', async () => {
  const claimsOwner = token({ sub: 'someone-else', roles: ['resident', 'owner', 'admin'], dev: true });
  await expect(identity().resolve({ token: claimsOwner, context: {} })).resolves.toMatchObject({
    kind: 'resident',
    roles: ['resident'],
  });
  const owner = token({ sub: 'owner-openid', dev: true });
  await expect(identity().resolve({ token: owner, context: {} })).resolves.toMatchObject({
    roles: ['resident', 'owner'],
    resident: { residentId: 'r1', currentRoomId: 'room-1' },
  });
});

test('resident tokens are dev-only, and dev tokens only where dev sessions are allowed', async () => {
  await expect(identity().resolve({ token: token({ sub: 'owner-openid' }), context: {} })).rejects.toMatchObject({
    code: 'AUTH.UNAUTHENTICATED',
  });
  const dev = token({ sub: 'owner-openid', dev: true });
  await expect(identity(false).resolve({ token: dev, context: {} })).rejects.toMatchObject({
    code: 'AUTH.UNAUTHENTICATED',
  });
});

test('staff need a live session; roles and scope come from the account', async () => {
  const live = token({ kind: 'staff', sub: 'staff-1', sid: 'live', roles: ['admin'], scope: [] });
  await expect(identity().resolve({ token: live, context: {} })).resolves.toMatchObject({
    kind: 'staff',
    roles: ['property'],
    scope: ['d', 's', 'c', 'p'],
  });
  const revoked = token({ kind: 'staff', sub: 'staff-1', sid: 'gone', roles: ['property'] });
  await expect(identity().resolve({ token: revoked, context: {} })).rejects.toMatchObject({
    code: 'AUTH.UNAUTHENTICATED',
  });
  const noSid = token({ kind: 'staff', sub: 'staff-1', roles: ['property'] });
  await expect(identity().resolve({ token: noSid, context: {} })).rejects.toMatchObject({
    code: 'AUTH.UNAUTHENTICATED',
  });
});

test('in CloudBase the OPENID comes from the invocation context; timers are platform calls', async () => {
  const cloud = identity(false, readCloudbaseWxContext);
  const fromClient = { environ: 'WX_OPENID=owner-openid;WX_APPID=wx123;WX_SOURCE=wx_client' };
  await expect(cloud.resolve({ token: undefined, context: fromClient })).resolves.toMatchObject({
    kind: 'resident',
    id: 'owner-openid',
    roles: ['resident', 'owner'],
  });
  await expect(cloud.resolve({ token: undefined, context: {} })).resolves.toMatchObject({ kind: 'anonymous' });
  expect(cloud.isPlatformInvocation({ environ: 'WX_SOURCE=wx_trigger' })).toBe(true);
  expect(cloud.isPlatformInvocation(fromClient)).toBe(false);
});
