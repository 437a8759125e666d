import { placesContract } from '@linli/shared';
import { main } from './index';
import { codeOf, type FunctionCloud, startFunctionCloud } from './test-kit';

/** Browsing the hierarchy (staff within scope, residents from a compound down) and finding a compound by name. */
let cloud: FunctionCloud<typeof placesContract>;
beforeAll(async () => {
  cloud = await startFunctionCloud('places-browse', placesContract, main);
});
afterAll(() => cloud.tearDown());

test('staff start at their scope node; platform admins at the districts', async () => {
  const wuye = await cloud.ok(await cloud.staff('wuye'), 'children', { parentId: null });
  expect(wuye).toEqual({
    parent: null,
    items: [{ _id: 'cpd-1', kind: 'compound', name: '阳光花园', parentId: 'com-1', label: '阳光花园', childCount: 3 }],
  });
  const shequ = await cloud.ok(await cloud.staff('shequ'), 'children', { parentId: null });
  expect(shequ.items.map((p) => [p._id, p.childCount])).toEqual([['com-1', 2]]);
  const admin = await cloud.ok(await cloud.staff('admin'), 'children', { parentId: null });
  expect(admin.items.map((p) => [p._id, p.kind, p.childCount])).toEqual([['dst-1', 'district', 1]]);
});

test('children come in natural order with their own child counts; rooms carry none', async () => {
  const shequ = await cloud.staff('shequ');
  const compounds = await cloud.ok(shequ, 'children', { parentId: 'com-1' });
  expect(compounds.parent).toMatchObject({ _id: 'com-1', kind: 'community' });
  expect(compounds.items.map((p) => [p.name, p.childCount])).toEqual([
    ['阳光花园', 3],
    ['锦绣苑', 2],
  ]);
  const rooms = await cloud.ok(shequ, 'children', { parentId: 'cpd-1-b1-u1' });
  expect(rooms.items.map((p) => p.name)).toEqual([
    '101',
    '102',
    '201',
    '202',
    '301',
    '302',
    '401',
    '402',
    '501',
    '502',
    '601',
    '602',
  ]);
  expect(rooms.items[0]).toEqual({
    _id: 'cpd-1-b1-u1-101',
    kind: 'room',
    name: '101',
    parentId: 'cpd-1-b1-u1',
    label: '阳光花园 1栋 1单元 101',
    room: { number: '101', floor: 1, areaHundredths: expect.any(Number), type: 'residence' },
  });
  expect(rooms.items.every((p) => p.childCount === undefined)).toBe(true);
  expect((await cloud.ok(shequ, 'children', { parentId: 'cpd-1-b1-u1-101' })).items).toEqual([]);
});

test('staff never step outside their scope, up or sideways', async () => {
  const wuye = await cloud.staff('wuye');
  for (const parentId of ['com-1', 'str-1', 'dst-1', 'cpd-2', 'cpd-3-b1']) {
    expect(codeOf(await cloud.call(wuye, 'children', { parentId }))).toBe('AUTH.OUT_OF_SCOPE');
  }
  const xingguang = await cloud.staff('xingguang');
  expect(codeOf(await cloud.call(xingguang, 'children', { parentId: 'cpd-1' }))).toBe('AUTH.OUT_OF_SCOPE');
  expect(codeOf(await cloud.call(wuye, 'children', { parentId: 'no-such-place' }))).toBe('RESOURCE.NOT_FOUND');
});

test('residents browse from a compound down, never the levels above', async () => {
  const resident = cloud.resident('demo-new-chen');
  for (const parentId of [null, 'dst-1', 'str-1', 'com-1']) {
    expect(codeOf(await cloud.call(resident, 'children', { parentId }))).toBe('AUTH.FORBIDDEN');
  }
  const buildings = await cloud.ok(resident, 'children', { parentId: 'cpd-3' });
  expect(buildings.items.map((p) => p._id)).toEqual(['cpd-3-b1', 'cpd-3-b2']);
  const units = await cloud.ok(resident, 'children', { parentId: 'cpd-3-b1' });
  expect(units.items.map((p) => [p.name, p.childCount])).toEqual([['1单元', 12]]);
  expect((await cloud.ok(resident, 'children', { parentId: 'cpd-3-b1-u1' })).items).toHaveLength(12);
  expect(codeOf(await cloud.call(resident, 'children', { parentId: 'nowhere' }))).toBe('RESOURCE.NOT_FOUND');
});

test('compounds are found by name prefix: everywhere for residents, within scope for staff', async () => {
  const resident = cloud.resident('demo-new-chen');
  const names = async (token: string, q: string) =>
    (await cloud.ok(token, 'searchCompounds', { q })).items.map((p) => p.name);
  expect(await names(resident, '')).toEqual(['星光小区', '锦绣苑', '阳光花园'].sort());
  expect(await names(resident, '阳光')).toEqual(['阳光花园']);
  expect(await names(resident, ' 星光 ')).toEqual(['星光小区']);
  expect(await names(resident, '花园')).toEqual([]);
  expect(await names(await cloud.staff('xingguang'), '')).toEqual(['星光小区']);
  expect(await names(await cloud.staff('shequ'), '')).toEqual(['锦绣苑', '阳光花园'].sort());
  expect(await names(await cloud.staff('wuye'), '锦')).toEqual([]);
  expect(await names(await cloud.staff('admin'), '')).toHaveLength(3);
});
