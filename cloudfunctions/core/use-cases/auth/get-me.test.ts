import { MEMBERSHIPS, type MembershipDoc, membershipIdOf } from '../membership/collections';
import { setUpStaffCloud } from '../staff/staff-test-cloud';

const cloud = setUpStaffCloud('auth-me');
beforeAll(() => cloud.setUp());
afterAll(() => cloud.tearDown());

const me = (openid: string) => cloud.ok('auth', 'me', {}, cloud.residentToken(openid));

test('an approved owner sees their name, current room and membership', async () => {
  expect(await me('demo-owner-zhang')).toEqual({
    kind: 'resident',
    name: '张伟',
    currentRoomId: 'cpd-1-b1-u1-101',
    memberships: [
      {
        _id: membershipIdOf('res-demo-owner-zhang', 'cpd-1-b1-u1-101'),
        roomId: 'cpd-1-b1-u1-101',
        roomLabel: '阳光花园 1栋 1单元 101',
        compoundId: 'cpd-1',
        role: 'owner',
        status: 'approved',
        reason: null,
        appliedAt: expect.any(String),
        decidedAt: expect.any(String),
        isCurrent: true,
      },
    ],
  });
});

test('a pending applicant has no current room yet but sees the application', async () => {
  expect(await me('demo-tenant-wang')).toMatchObject({
    kind: 'resident',
    name: '王磊',
    currentRoomId: null,
    memberships: [{ roomId: 'cpd-1-b2-u1-302', role: 'tenant', status: 'pending', isCurrent: false, decidedAt: null }],
  });
});

test('a registered resident without rooms, and a WeChat user never registered', async () => {
  expect(await me('demo-new-chen')).toEqual({ kind: 'resident', name: '陈晨', currentRoomId: null, memberships: [] });
  expect(await me('openid-first-visit')).toEqual({
    kind: 'resident',
    name: null,
    currentRoomId: null,
    memberships: [],
  });
});

test('a revoked membership stops being the current room at once', async () => {
  const id = membershipIdOf('res-demo-family-li', 'cpd-1-b1-u1-101');
  await cloud.store.collection<MembershipDoc>(MEMBERSHIPS).update({ _id: id }, { set: { status: 'revoked' } });
  expect(await me('demo-family-li')).toMatchObject({
    name: '李静',
    currentRoomId: null,
    memberships: [{ _id: id, status: 'revoked', isCurrent: false }],
  });
});

test('anonymous callers and visitors are not told anything', async () => {
  expect(await cloud.call('auth', 'me', {})).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});
