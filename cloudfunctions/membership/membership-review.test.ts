import { maskIdNumber } from '@linli/shared';
import { demoIdNumber } from '../core/seed/seed-demo';
import { MEMBERSHIPS, type MembershipDoc, RESIDENTS, type ResidentDoc } from '../core/use-cases/membership/collections';
import { codeOf, type MembershipCloud, startMembershipCloud } from './test-kit';

/** Binding a room: residents apply, staff of the compound decide, through the function's `main` on sqlite. */
let cloud: MembershipCloud;
let wuye: string;
beforeAll(async () => {
  cloud = await startMembershipCloud('membership-review');
  wuye = await cloud.staff('wuye');
});
afterAll(() => cloud.tearDown());

const CHEN = 'demo-new-chen';
const applicant = (n: number) => ({ name: '陈晨', phone: '13912340004', idNumber: demoIdNumber(n) });

async function residentByOpenid(openid: string): Promise<ResidentDoc | undefined> {
  return (await cloud.store.collection<ResidentDoc>(RESIDENTS).find({ openid })).items[0];
}

test('a new resident applies, the compound staff approve, and the resident acts as owner from the next call', async () => {
  const chen = cloud.resident(CHEN);
  const roomId = 'cpd-1-b3-u1-501';
  expect(codeOf(await cloud.call(chen, 'household', { roomId }))).toBe('AUTH.FORBIDDEN');

  const applied = await cloud.ok(chen, 'apply', { roomId, role: 'owner', ...applicant(40) });
  expect(applied).toMatchObject({ roomId, roomLabel: '阳光花园 3栋 1单元 501', status: 'pending', isCurrent: false });

  const queue = await cloud.ok(wuye, 'queue', {});
  const row = queue.items.find((item) => item._id === applied._id);
  expect(row).toMatchObject({ name: '陈晨', phone: '13912340004', role: 'owner', status: 'pending' });
  expect(row?.idNumberMasked).toBe(maskIdNumber(demoIdNumber(40)));

  const decided = await cloud.ok(wuye, 'decide', { membershipId: applied._id, decision: 'approve' });
  expect(decided).toMatchObject({ status: 'approved' });

  // Roles come from the store on every call: the same token now carries the owner role.
  const household = await cloud.ok(chen, 'household', { roomId });
  expect(household.members).toEqual([expect.objectContaining({ name: '陈晨', isMe: true, phone: '13912340004' })]);
  const mine = await cloud.ok(chen, 'mine', {});
  expect(mine.currentRoomId).toBe(roomId);
  expect(mine.memberships).toEqual([
    expect.objectContaining({ _id: applied._id, status: 'approved', isCurrent: true }),
  ]);

  const stored = await cloud.store.collection<MembershipDoc>(MEMBERSHIPS).get(applied._id);
  expect(stored?.history.map((step) => [step.status, step.by])).toEqual([
    ['pending', stored?.residentId],
    ['approved', 'staff-wuye'],
  ]);
  // Stored sealed: the application keeps ciphertext and mask, never the number itself.
  expect(JSON.stringify(stored)).not.toContain(demoIdNumber(40));
  expect(stored?.applicant.idMasked).toBe(maskIdNumber(demoIdNumber(40)));
});

test('a rejection carries its reason to the resident, who may apply again', async () => {
  const openid = 'test-reject-1';
  const token = cloud.resident(openid);
  const roomId = 'cpd-1-b3-u2-101';
  const applied = await cloud.ok(token, 'apply', { roomId, role: 'tenant', ...applicant(41) });

  const noReason = await cloud.call(wuye, 'decide', { membershipId: applied._id, decision: 'reject' });
  expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'reason' }] } });
  await cloud.ok(wuye, 'decide', { membershipId: applied._id, decision: 'reject', reason: '租赁合同照片不清晰' });
  const mine = await cloud.ok(token, 'mine', {});
  expect(mine.memberships).toEqual([expect.objectContaining({ status: 'rejected', reason: '租赁合同照片不清晰' })]);
  expect(mine.currentRoomId).toBeNull();

  const again = await cloud.ok(token, 'apply', { roomId, role: 'tenant', ...applicant(41) });
  expect(again).toMatchObject({ _id: applied._id, status: 'pending', reason: null });
  const stored = await cloud.store.collection<MembershipDoc>(MEMBERSHIPS).get(applied._id);
  expect(stored?.history.map((step) => step.status)).toEqual(['pending', 'rejected', 'pending']);
  expect(codeOf(await cloud.call(token, 'apply', { roomId, role: 'tenant', ...applicant(41) }))).toBe(
    'MEMBERSHIP.ALREADY_PENDING',
  );
});

test('applying for a bound room, a missing room or a place that is not a room is refused', async () => {
  const zhang = cloud.resident('demo-owner-zhang');
  const bound = await cloud.call(zhang, 'apply', { roomId: 'cpd-1-b1-u1-101', role: 'owner', ...applicant(42) });
  expect(codeOf(bound)).toBe('MEMBERSHIP.ALREADY_BOUND');
  const newcomer = cloud.resident('test-missing-room');
  const before = cloud.fingerprint();
  for (const roomId of ['cpd-1-b9-u9-999', 'cpd-1-b1', 'cpd-1']) {
    const result = await cloud.call(newcomer, 'apply', { roomId, role: 'owner', ...applicant(42) });
    expect(codeOf(result)).toBe('RESOURCE.NOT_FOUND');
  }
  expect(cloud.fingerprint()).toBe(before);
});

test('an ID number with a wrong check digit fails validation and writes nothing', async () => {
  const good = demoIdNumber(43);
  const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  const before = cloud.fingerprint();
  const result = await cloud.call(cloud.resident('test-bad-id'), 'apply', {
    roomId: 'cpd-1-b1-u2-102',
    role: 'owner',
    ...applicant(43),
    idNumber: bad,
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'idNumber' }] } });
  expect(cloud.fingerprint()).toBe(before);
  expect(await residentByOpenid('test-bad-id')).toBeUndefined();
});

test("another compound's staff cannot decide, and nothing changes", async () => {
  const applied = await cloud.ok(cloud.resident('test-scope-1'), 'apply', {
    roomId: 'cpd-1-b2-u2-601',
    role: 'family',
    ...applicant(44),
  });
  const xingguang = await cloud.staff('xingguang');
  const before = cloud.fingerprint();
  for (const decision of ['approve', 'reject'] as const) {
    const result = await cloud.call(xingguang, 'decide', { membershipId: applied._id, decision, reason: '越权' });
    expect(codeOf(result)).toBe('AUTH.OUT_OF_SCOPE');
  }
  expect(codeOf(await cloud.call(xingguang, 'queue', { within: 'cpd-1' }))).toBe('AUTH.OUT_OF_SCOPE');
  const theirQueue = await cloud.ok(xingguang, 'queue', {});
  expect(theirQueue.items.map((item) => item._id)).not.toContain(applied._id);
  expect(cloud.fingerprint()).toBe(before);
});

test('two staff deciding the same application at once produce exactly one decision', async () => {
  const applied = await cloud.ok(cloud.resident('test-race-1'), 'apply', {
    roomId: 'cpd-1-b2-u2-602',
    role: 'owner',
    ...applicant(45),
  });
  const shequ = await cloud.staff('shequ');
  const results = await Promise.all([
    cloud.call(wuye, 'decide', { membershipId: applied._id, decision: 'approve' }),
    cloud.call(shequ, 'decide', { membershipId: applied._id, decision: 'reject', reason: '信息不符' }),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.map(codeOf).filter(Boolean)).toEqual(['MEMBERSHIP.NOT_PENDING']);
  const stored = await cloud.store.collection<MembershipDoc>(MEMBERSHIPS).get(applied._id);
  expect(stored?.history).toHaveLength(2);
});

test('two first applications at once register the resident once and keep both', async () => {
  const token = cloud.resident('test-first-race');
  const [a, b] = await Promise.all([
    cloud.ok(token, 'apply', { roomId: 'cpd-2-b1-u1-101', role: 'owner', ...applicant(46) }),
    cloud.ok(token, 'apply', { roomId: 'cpd-2-b1-u1-102', role: 'owner', ...applicant(46) }),
  ]);
  const residents = await cloud.store.collection<ResidentDoc>(RESIDENTS).find({ openid: 'test-first-race' });
  expect(residents.items).toHaveLength(1);
  const mine = await cloud.ok(token, 'mine', {});
  expect(mine.memberships.map((m) => m._id).sort()).toEqual([a._id, b._id].sort());
});
