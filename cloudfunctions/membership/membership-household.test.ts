import { createStoreDirectory } from '../core/identity/caller-directory';
import { demoIdNumber } from '../core/seed/seed-demo';
import { INVITATIONS, type InvitationDoc } from '../core/use-cases/membership/collections';
import { invitationIdOf } from '../core/use-cases/membership/invitation-id';
import { codeOf, type MembershipCloud, startMembershipCloud } from './test-kit';

/** Owners inviting family and tenants by share link, and removing them; staff revoking within their scope. */
let cloud: MembershipCloud;
let zhang: string;
beforeAll(async () => {
  cloud = await startMembershipCloud('membership-household');
  zhang = cloud.resident('demo-owner-zhang');
});
afterAll(() => cloud.tearDown());

const ROOM = 'cpd-1-b1-u1-101';
const guest = (name: string) => ({ name, phone: '13600002222' });

async function invite(role: 'family' | 'tenant' = 'family', roomId = ROOM) {
  return cloud.ok(zhang, 'invite', { roomId, role, expiresInHours: 24 });
}

test('an owner invites, the link shows its details, the guest accepts and appears in the household', async () => {
  const link = await invite('tenant');
  expect(link.path).toBe(`/packages/room/accept-invite/index?token=${link.token}`);
  expect(cloud.fingerprint()).not.toContain(link.token);

  const info = await cloud.ok(undefined, 'inviteInfo', { token: link.token });
  expect(info).toEqual({
    roomLabel: '阳光花园 1栋 1单元 101',
    role: 'tenant',
    inviterName: '张*',
    expiresAt: link.expiresAt,
    usable: true,
    reason: null,
  });

  const guestToken = cloud.resident('test-guest-1');
  const accepted = await cloud.ok(guestToken, 'acceptInvite', { token: link.token, ...guest('刘洋') });
  expect(accepted).toMatchObject({ roomId: ROOM, role: 'tenant', status: 'approved', isCurrent: true });

  const household = await cloud.ok(zhang, 'household', { roomId: ROOM });
  expect(household.members).toContainEqual(
    expect.objectContaining({ name: '刘洋', phone: '136****2222', role: 'tenant', status: 'approved', isMe: false }),
  );
  expect(household.members).toContainEqual(expect.objectContaining({ name: '张伟', phone: '13912340001', isMe: true }));

  // Used once, the link is spent for everyone, including the person who used it.
  expect(await cloud.ok(undefined, 'inviteInfo', { token: link.token })).toMatchObject({
    usable: false,
    reason: '已被使用',
  });
  const reuse = await cloud.call(cloud.resident('test-guest-2'), 'acceptInvite', {
    token: link.token,
    ...guest('孙丽'),
  });
  expect(codeOf(reuse)).toBe('MEMBERSHIP.INVITE_UNUSABLE');
});

test('of several people accepting one link at the same moment, exactly one becomes a member', async () => {
  const link = await invite();
  const openids = ['test-rush-1', 'test-rush-2', 'test-rush-3', 'test-rush-4'];
  const results = await Promise.all(
    openids.map((openid) =>
      cloud.call(cloud.resident(openid), 'acceptInvite', { token: link.token, ...guest('周杰') }),
    ),
  );
  expect(results.filter((result) => result.ok)).toHaveLength(1);
  expect(results.map(codeOf).filter(Boolean)).toEqual(Array(3).fill('MEMBERSHIP.INVITE_UNUSABLE'));
  const household = await cloud.ok(zhang, 'household', { roomId: ROOM });
  expect(household.members.filter((m) => m.name === '周杰')).toHaveLength(1);
});

test('an expired link says so and binds nobody; an unknown one does not exist', async () => {
  const link = await invite();
  await cloud.store
    .collection<InvitationDoc>(INVITATIONS)
    .update({ _id: invitationIdOf(link.token) }, { set: { expiresAt: new Date(Date.now() - 1000).toISOString() } });
  expect(await cloud.ok(undefined, 'inviteInfo', { token: link.token })).toMatchObject({
    usable: false,
    reason: '已过期',
  });
  const before = cloud.fingerprint();
  const late = await cloud.call(cloud.resident('test-late-1'), 'acceptInvite', { token: link.token, ...guest('吴昊') });
  expect(codeOf(late)).toBe('MEMBERSHIP.INVITE_UNUSABLE');
  expect(cloud.fingerprint()).toBe(before);
  const unknown = await cloud.call(undefined, 'inviteInfo', { token: 'x'.repeat(43) });
  expect(codeOf(unknown)).toBe('RESOURCE.NOT_FOUND');
});

test('an owner cannot accept their own link; a bound member cannot take one for their room', async () => {
  const link = await invite();
  const before = cloud.fingerprint();
  expect(codeOf(await cloud.call(zhang, 'acceptInvite', { token: link.token, ...guest('张伟') }))).toBe(
    'MEMBERSHIP.INVITE_UNUSABLE',
  );
  const li = cloud.resident('demo-family-li');
  expect(codeOf(await cloud.call(li, 'acceptInvite', { token: link.token, ...guest('李静') }))).toBe(
    'MEMBERSHIP.ALREADY_BOUND',
  );
  expect(cloud.fingerprint()).toBe(before);
  expect(await cloud.ok(undefined, 'inviteInfo', { token: link.token })).toMatchObject({ usable: true });
});

test('family cannot invite or see the household; an owner cannot invite for a room they do not own', async () => {
  const li = cloud.resident('demo-family-li');
  expect(codeOf(await cloud.call(li, 'invite', { roomId: ROOM, role: 'family' }))).toBe('AUTH.FORBIDDEN');
  expect(codeOf(await cloud.call(li, 'household', { roomId: ROOM }))).toBe('AUTH.FORBIDDEN');
  expect(codeOf(await cloud.call(zhang, 'invite', { roomId: 'cpd-1-b1-u2-201', role: 'family' }))).toBe(
    'AUTH.FORBIDDEN',
  );
  expect(codeOf(await cloud.call(zhang, 'household', { roomId: 'cpd-1-b1-u2-201' }))).toBe('AUTH.FORBIDDEN');
});

test('an owner removes a family member, who loses the role on their next call; other owners and self stay', async () => {
  const link = await invite();
  const memberToken = cloud.resident('test-removed-1');
  const member = await cloud.ok(memberToken, 'acceptInvite', {
    token: link.token,
    ...guest('郑爽'),
    idNumber: demoIdNumber(60),
  });
  const memberLink = await cloud.call(memberToken, 'mine', {});
  expect(memberLink).toMatchObject({ ok: true, data: { currentRoomId: ROOM } });

  // A co-owner applies and is approved; the first owner may not remove them, nor themselves.
  const coOwner = await cloud.ok(cloud.resident('test-co-owner'), 'apply', {
    roomId: ROOM,
    role: 'owner',
    name: '张丽',
    phone: '13600003333',
    idNumber: demoIdNumber(61),
  });
  await cloud.ok(await cloud.staff('wuye'), 'decide', { membershipId: coOwner._id, decision: 'approve' });
  const zhangSelf = (await cloud.ok(zhang, 'household', { roomId: ROOM })).members.find((m) => m.isMe);
  for (const membershipId of [coOwner._id, zhangSelf?.membershipId ?? '']) {
    expect(codeOf(await cloud.call(zhang, 'remove', { membershipId }))).toBe('AUTH.FORBIDDEN');
  }

  const directory = createStoreDirectory(cloud.store);
  expect((await directory.resident('test-removed-1')).roles).toEqual(['resident', 'family']);
  expect(await cloud.ok(zhang, 'remove', { membershipId: member._id })).toEqual({ removed: true });
  expect((await directory.resident('test-removed-1')).roles).toEqual(['resident']);
  const after = await cloud.ok(memberToken, 'mine', {});
  expect(after.currentRoomId).toBeNull();
  expect(after.memberships).toEqual([
    expect.objectContaining({ status: 'revoked', reason: '业主解除', isCurrent: false }),
  ]);
  expect((await cloud.ok(zhang, 'household', { roomId: ROOM })).members.map((m) => m.name)).not.toContain('郑爽');
  expect(codeOf(await cloud.call(zhang, 'remove', { membershipId: member._id }))).toBe('MEMBERSHIP.NOT_BOUND');
  expect(codeOf(await cloud.call(memberToken, 'remove', { membershipId: member._id }))).toBe('AUTH.FORBIDDEN');
});

test('managers revoke within their scope and must say why', async () => {
  const tenant = cloud.resident('demo-tenant-zhao');
  const membershipId = (await cloud.ok(tenant, 'mine', {})).memberships[0]?._id ?? '';
  const xingguang = await cloud.staff('xingguang');
  const wuye = await cloud.staff('wuye');
  const before = cloud.fingerprint();
  expect(codeOf(await cloud.call(xingguang, 'remove', { membershipId, reason: '搬离' }))).toBe('AUTH.OUT_OF_SCOPE');
  const noReason = await cloud.call(wuye, 'remove', { membershipId });
  expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'reason' }] } });
  expect(cloud.fingerprint()).toBe(before);

  expect(await cloud.ok(wuye, 'remove', { membershipId, reason: '租期已满，已搬离' })).toEqual({ removed: true });
  const mine = await cloud.ok(tenant, 'mine', {});
  expect(mine).toMatchObject({ currentRoomId: null, memberships: [{ status: 'revoked', reason: '租期已满，已搬离' }] });
});

test('an owner whose binding staff revoke loses owner powers on their very next call', async () => {
  const roomId = 'cpd-1-b3-u1-102';
  const owner = cloud.resident('test-revoked-owner');
  const wuye = await cloud.staff('wuye');
  const applied = await cloud.ok(owner, 'apply', {
    roomId,
    role: 'owner',
    ...guest('冯刚'),
    idNumber: demoIdNumber(62),
  });
  await cloud.ok(wuye, 'decide', { membershipId: applied._id, decision: 'approve' });
  const link = await cloud.ok(owner, 'invite', { roomId, role: 'family', expiresInHours: 1 });
  expect(await cloud.ok(owner, 'household', { roomId })).toMatchObject({ members: [{ isMe: true }] });

  await cloud.ok(wuye, 'remove', { membershipId: applied._id, reason: '房屋已过户' });
  expect(codeOf(await cloud.call(owner, 'household', { roomId }))).toBe('AUTH.FORBIDDEN');
  expect(codeOf(await cloud.call(owner, 'invite', { roomId, role: 'family' }))).toBe('AUTH.FORBIDDEN');
  // Links the former owner sent out die with the ownership.
  expect(await cloud.ok(undefined, 'inviteInfo', { token: link.token })).toMatchObject({ usable: false });
  const late = await cloud.call(cloud.resident('test-after-transfer'), 'acceptInvite', {
    token: link.token,
    ...guest('冯雪'),
  });
  expect(codeOf(late)).toBe('MEMBERSHIP.INVITE_UNUSABLE');
});
