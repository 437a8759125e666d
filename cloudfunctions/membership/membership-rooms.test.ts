import { demoIdNumber } from '../core/seed/seed-demo';
import { codeOf, type MembershipCloud, startMembershipCloud } from './test-kit';

/** A resident's own rooms (withdrawing, switching) and the staff queue's scope, masking and paging. */
let cloud: MembershipCloud;
beforeAll(async () => {
  cloud = await startMembershipCloud('membership-rooms');
});
afterAll(() => cloud.tearDown());

const person = (n: number) => ({ name: '林小雨', phone: '13700001111', idNumber: demoIdNumber(n) });

test('a resident withdraws their own pending application; nobody else can, or learn it exists', async () => {
  const token = cloud.resident('test-cancel-1');
  const applied = await cloud.ok(token, 'apply', { roomId: 'cpd-1-b1-u2-301', role: 'owner', ...person(50) });

  const before = cloud.fingerprint();
  const stranger = await cloud.call(cloud.resident('demo-owner-zhang'), 'cancel', { membershipId: applied._id });
  const missing = await cloud.call(cloud.resident('demo-owner-zhang'), 'cancel', { membershipId: 'm_nobody_here' });
  expect(stranger).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } });
  expect(!stranger.ok && !missing.ok && stranger.error.message === missing.error.message).toBe(true);
  expect(cloud.fingerprint()).toBe(before);

  const withdrawn = await cloud.ok(token, 'cancel', { membershipId: applied._id });
  expect(withdrawn).toMatchObject({ status: 'revoked', reason: '撤回申请' });
  expect(codeOf(await cloud.call(token, 'cancel', { membershipId: applied._id }))).toBe('MEMBERSHIP.NOT_PENDING');
  const wuye = await cloud.staff('wuye');
  const queue = await cloud.ok(wuye, 'queue', { within: 'cpd-1-b1-u2-301' });
  expect(queue.items).toEqual([]);
});

test('a resident with several approved rooms switches between them, but only to approved ones', async () => {
  const token = cloud.resident('test-switch-1');
  const wuye = await cloud.staff('wuye');
  const rooms = ['cpd-1-b2-u1-401', 'cpd-1-b2-u1-402', 'cpd-1-b2-u1-501'] as const;
  const ids: string[] = [];
  for (const [i, roomId] of rooms.entries()) {
    const applied = await cloud.ok(token, 'apply', { roomId, role: i === 1 ? 'tenant' : 'owner', ...person(51) });
    ids.push(applied._id);
  }
  for (const membershipId of ids.slice(0, 2)) await cloud.ok(wuye, 'decide', { membershipId, decision: 'approve' });

  expect((await cloud.ok(token, 'mine', {})).currentRoomId).toBe(rooms[0]);
  expect(await cloud.ok(token, 'switchRoom', { roomId: rooms[1] })).toEqual({ currentRoomId: rooms[1] });
  // The tenant room is current now: owner-only actions are refused until switching back.
  expect(codeOf(await cloud.call(token, 'household', { roomId: rooms[0] }))).toBe('AUTH.FORBIDDEN');
  const mine = await cloud.ok(token, 'mine', {});
  expect(mine.currentRoomId).toBe(rooms[1]);
  expect(mine.memberships.filter((m) => m.isCurrent).map((m) => m.roomId)).toEqual([rooms[1]]);

  for (const roomId of [rooms[2], 'cpd-3-b1-u1-101', 'nowhere']) {
    expect(codeOf(await cloud.call(token, 'switchRoom', { roomId }))).toBe('MEMBERSHIP.NOT_BOUND');
  }
  expect(codeOf(await cloud.call(cloud.resident('test-never-applied'), 'switchRoom', { roomId: rooms[0] }))).toBe(
    'MEMBERSHIP.NOT_BOUND',
  );
  await cloud.ok(token, 'switchRoom', { roomId: rooms[0] });
  expect((await cloud.ok(token, 'household', { roomId: rooms[0] })).roomLabel).toBe('阳光花园 2栋 1单元 401');
});

test('the queue shows full phones to property staff and masked ones to street and admin', async () => {
  const applied = await cloud.ok(cloud.resident('test-mask-1'), 'apply', {
    roomId: 'cpd-1-b3-u2-601',
    role: 'owner',
    ...person(52),
  });
  const phoneSeenBy = async (account: string) => {
    const queue = await cloud.ok(await cloud.staff(account), 'queue', { within: 'cpd-1-b3-u2-601' });
    return queue.items.find((item) => item._id === applied._id)?.phone;
  };
  expect(await phoneSeenBy('wuye')).toBe('13700001111');
  expect(await phoneSeenBy('shequ')).toBe('13700001111');
  expect(await phoneSeenBy('jiedao')).toBe('137****1111');
  expect(await phoneSeenBy('admin')).toBe('137****1111');
});

test('the queue narrows to a place within scope, pages in application order, and refuses a forged cursor', async () => {
  const shequ = await cloud.staff('shequ');
  const applied: string[] = [];
  for (const number of ['101', '102', '201']) {
    const openid = `test-page-${number}`;
    const roomId = `cpd-2-b2-u2-${number}`;
    applied.push((await cloud.ok(cloud.resident(openid), 'apply', { roomId, role: 'owner', ...person(53) }))._id);
  }
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { _id: string }[]; nextCursor: string | null } = await cloud.ok(shequ, 'queue', {
      within: 'cpd-2-b2-u2',
      limit: 2,
      cursor,
    });
    seen.push(...page.items.map((item) => item._id));
    cursor = page.nextCursor;
  } while (cursor);
  // Applications made within one millisecond tie on appliedAt and follow their ids: compare as sets, but whole.
  expect(seen).toHaveLength(applied.length);
  expect([...seen].sort()).toEqual([...applied].sort());

  const approvedInUnit = await cloud.ok(shequ, 'queue', { within: 'cpd-1-b1-u1', status: 'approved' });
  expect(approvedInUnit.items.map((item) => item.name).sort()).toEqual(['张伟', '李静']);

  const forged = await cloud.call(shequ, 'queue', { within: 'cpd-2-b2-u2', cursor: 'eyJxIjoieCIsInYiOltdfQ' });
  expect(forged).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'cursor' }] } });
  expect(codeOf(await cloud.call(shequ, 'queue', { within: 'cpd-3' }))).toBe('AUTH.OUT_OF_SCOPE');
  expect(codeOf(await cloud.call(shequ, 'queue', { within: 'no-such-place' }))).toBe('RESOURCE.NOT_FOUND');
});
