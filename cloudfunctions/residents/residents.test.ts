import { type OutputOf, type ResidentRow, residentsContract } from '@linli/shared';
import { demoIdNumber } from '../core/seed/seed-demo';
import {
  MEMBERSHIPS,
  type MembershipDoc,
  membershipIdOf,
  RESIDENTS,
  type ResidentDoc,
} from '../core/use-cases/membership/collections';
import { ACCESS_LOG, type AccessLogDoc } from '../core/use-cases/staff/collections';
import { codeOf, type FunctionCloud, startFunctionCloud } from '../places/test-kit';
import { main } from './index';

/** The resident register as staff see it: scope, search, paging, masking; and the logged full-ID reveal. */
let cloud: FunctionCloud<typeof residentsContract>;
beforeAll(async () => {
  cloud = await startFunctionCloud('residents', residentsContract, main);
  // 李静 also rents a room in 锦绣苑, and 20 more residents live in 阳光花园, to page through.
  const memberships = cloud.store.collection<MembershipDoc>(MEMBERSHIPS);
  const li = await memberships.get(membershipIdOf('res-demo-family-li', 'cpd-1-b1-u1-101'));
  if (!li) throw new Error('demo membership missing');
  await memberships.insert(moved(li, 'cpd-2', 'cpd-2-b1', 'cpd-2-b1-u1', '锦绣苑 1栋 1单元 201', 'tenant'));
  for (let i = 0; i < 20; i++) {
    const residentId = `res-extra-${String(i).padStart(2, '0')}`;
    await cloud.store.collection<ResidentDoc>(RESIDENTS).insert({
      _id: residentId,
      openid: `extra-${i}`,
      name: `测试${String.fromCharCode(0x4e00 + i)}`,
      phone: `137000000${String(i).padStart(2, '0')}`,
      idCipher: null,
      idHash: null,
      idMasked: null,
      currentRoomId: null,
      createdAt: li.appliedAt,
      updatedAt: li.appliedAt,
    });
    const room = `cpd-1-b3-u${(i % 2) + 1}-${Math.floor(i / 4) + 1}0${(i % 2) + 1}`;
    await memberships.insert({
      ...moved(li, 'cpd-1', 'cpd-1-b3', room.slice(0, 11), room, 'owner'),
      _id: membershipIdOf(residentId, room),
      residentId,
      roomId: room,
    });
  }
});
afterAll(() => cloud.tearDown());

function moved(
  base: MembershipDoc,
  compoundId: string,
  buildingId: string,
  unitId: string,
  label: string,
  role: 'owner' | 'tenant',
): MembershipDoc {
  const roomId = `${unitId}-${label.split(' ').at(-1)}`;
  const communityId = compoundId === 'cpd-3' ? 'com-2' : 'com-1';
  return {
    ...base,
    _id: membershipIdOf(base.residentId, roomId),
    roomId,
    roomLabel: label,
    compoundId,
    buildingId,
    unitId,
    communityId,
    role,
  };
}

async function everyone(token: string, query: { q?: string; within?: string } = {}, limit = 3): Promise<ResidentRow[]> {
  const rows: ResidentRow[] = [];
  let cursor: string | null = null;
  do {
    const page: OutputOf<typeof residentsContract, 'list'> = await cloud.ok(token, 'list', { ...query, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

const DEMO = ['res-demo-family-li', 'res-demo-owner-zhang', 'res-demo-tenant-wang', 'res-demo-tenant-zhao'];
const EXTRA = Array.from({ length: 20 }, (_, i) => `res-extra-${String(i).padStart(2, '0')}`);

test('staff see the residents with a membership in their scope, each once, with only the rooms in scope', async () => {
  const wuye = await everyone(await cloud.staff('wuye'));
  expect(wuye.map((r) => r._id)).toEqual([...DEMO, ...EXTRA].sort());
  const li = wuye.find((r) => r._id === 'res-demo-family-li');
  expect(li?.rooms).toEqual([
    { roomId: 'cpd-1-b1-u1-101', label: '阳光花园 1栋 1单元 101', role: 'family', status: 'approved' },
  ]);
  expect(wuye.find((r) => r._id === 'res-demo-tenant-wang')?.rooms[0]?.status).toBe('pending');

  const shequ = await everyone(await cloud.staff('shequ'), {}, 1);
  expect(shequ.map((r) => r._id)).toEqual(wuye.map((r) => r._id));
  // Rooms in Chinese (pinyin) order: 锦 (jin) before 阳 (yang).
  expect(shequ.find((r) => r._id === 'res-demo-family-li')?.rooms.map((r) => r.label)).toEqual([
    '锦绣苑 1栋 1单元 201',
    '阳光花园 1栋 1单元 101',
  ]);
  expect(await everyone(await cloud.staff('xingguang'))).toEqual([]);
  // 陈晨 has never applied for a room: in nobody's register.
  expect((await everyone(await cloud.staff('admin'), {}, 100)).some((r) => r._id === 'res-demo-new-chen')).toBe(false);
});

test('within narrows to a place inside the scope; outside it is refused', async () => {
  const wuye = await cloud.staff('wuye');
  expect((await everyone(wuye, { within: 'cpd-1-b2' })).map((r) => r._id)).toEqual(['res-demo-tenant-wang']);
  expect((await everyone(wuye, { within: 'cpd-1-b1-u1-101' })).map((r) => r._id)).toEqual([
    'res-demo-family-li',
    'res-demo-owner-zhang',
  ]);
  expect(codeOf(await cloud.call(wuye, 'list', { within: 'cpd-2' }))).toBe('AUTH.OUT_OF_SCOPE');
  expect(codeOf(await cloud.call(wuye, 'list', { within: 'nowhere' }))).toBe('RESOURCE.NOT_FOUND');
});

test('search by name prefix or phone prefix, paged like the full list', async () => {
  const wuye = await cloud.staff('wuye');
  expect((await everyone(wuye, { q: '张' })).map((r) => r.name)).toEqual(['张伟']);
  expect((await everyone(wuye, { q: '测试' }, 4)).map((r) => r._id)).toEqual(EXTRA);
  expect((await everyone(wuye, { q: '1391234000' }, 1)).map((r) => r._id)).toEqual(DEMO);
  expect((await everyone(wuye, { q: '13912340001' })).map((r) => r._id)).toEqual(['res-demo-owner-zhang']);
  expect(await everyone(wuye, { q: '13912340004' })).toEqual([]);
  expect(await everyone(await cloud.staff('xingguang'), { q: '139' })).toEqual([]);
  const page = await cloud.ok(wuye, 'list', { q: '测试', limit: 2 });
  const reused = await cloud.call(wuye, 'list', { q: '张', limit: 2, cursor: page.nextCursor });
  expect(reused).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'cursor' }] } });
});

test('phones are shown in full only to roles that call residents back; ID numbers always masked', async () => {
  const phoneOf = async (account: string) => (await everyone(await cloud.staff(account), { q: '张' }))[0]?.phone;
  for (const account of ['wuye', 'shequ', 'wangge']) expect(await phoneOf(account)).toBe('13912340001');
  for (const account of ['jiedao', 'admin']) expect(await phoneOf(account)).toBe('139****0001');
  const zhang = (await everyone(await cloud.staff('wuye'), { q: '张' }))[0];
  expect(zhang?.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  expect(JSON.stringify(zhang)).not.toContain(demoIdNumber(1));
});

test('a manager in scope reveals a full ID number, and the reveal is logged with who, whom, why and when', async () => {
  const wuye = await cloud.staff('wuye');
  const revealed = await cloud.ok(wuye, 'revealIdNumber', {
    residentId: 'res-demo-owner-zhang',
    reason: '核验业主身份',
  });
  expect(revealed).toEqual({ idNumber: demoIdNumber(1) });
  const log = await cloud.store.collection<AccessLogDoc>(ACCESS_LOG).find({ residentId: 'res-demo-owner-zhang' });
  expect(log.items).toEqual([
    {
      _id: expect.any(String),
      staffId: 'staff-wuye',
      residentId: 'res-demo-owner-zhang',
      field: 'idNumber',
      reason: '核验业主身份',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    },
  ]);
  const admin = await cloud.staff('admin');
  expect(await cloud.ok(admin, 'revealIdNumber', { residentId: 'res-demo-new-chen', reason: '平台核查' })).toEqual({
    idNumber: demoIdNumber(5),
  });
});

test('reveals outside the scope, of unknown people or of people without an ID number write nothing', async () => {
  const [xingguang, wuye, wangge] = [
    await cloud.staff('xingguang'),
    await cloud.staff('wuye'),
    await cloud.staff('wangge'),
  ];
  const before = cloud.fingerprint();
  const reveal = (token: string, residentId: string, reason = '核验身份') =>
    cloud.call(token, 'revealIdNumber', { residentId, reason }).then(codeOf);
  expect(await reveal(xingguang, 'res-demo-owner-zhang')).toBe('AUTH.OUT_OF_SCOPE');
  expect(await reveal(wuye, 'res-demo-new-chen')).toBe('AUTH.OUT_OF_SCOPE');
  expect(await reveal(wuye, 'res-nobody')).toBe('RESOURCE.NOT_FOUND');
  expect(await reveal(wuye, 'res-extra-00')).toBe('RESOURCE.NOT_FOUND');
  expect(await reveal(wangge, 'res-demo-owner-zhang')).toBe('AUTH.FORBIDDEN');
  expect(await reveal(wuye, 'res-demo-owner-zhang', '查')).toBe('VALIDATION.FAILED');
  expect(codeOf(await cloud.call(wuye, 'revealIdNumber', { residentId: 'res-demo-owner-zhang' }))).toBe(
    'VALIDATION.FAILED',
  );
  expect(cloud.fingerprint()).toBe(before);
});
