import { placesContract } from '@linli/shared';
import { PLACES, type PlaceDoc } from '../core/use-cases/places/collections';
import { main } from './index';
import { codeOf, type FunctionCloud, startFunctionCloud } from './test-kit';

/** The building/room register import: batches, line-numbered errors, all-or-nothing writes, idempotent re-runs. */
let cloud: FunctionCloud<typeof placesContract>;
beforeAll(async () => {
  cloud = await startFunctionCloud('places-import', placesContract, main);
});
afterAll(() => cloud.tearDown());

const HEADER = '楼栋,单元,房号,楼层,面积,类型';
const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
const places = () => cloud.store.collection<PlaceDoc>(PLACES);

async function areaOf(roomId: string): Promise<string> {
  const room = await places().get(roomId);
  if (!room?.room) throw new Error(`no room ${roomId}`);
  return (room.room.areaHundredths / 100).toFixed(2);
}

test('a clean batch creates the missing buildings, units and rooms; a re-run changes nothing', async () => {
  const wuye = await cloud.staff('wuye');
  const csv = csvOf(
    `1,1,101,1,${await areaOf('cpd-1-b1-u1-101')},住宅`,
    '4,1,101,1,88.5,住宅',
    '4,1,102,1,90,',
    '4栋,2单元,101,1,120.25,商铺',
    '4,2,B01,-1,15,车位',
  );
  const report = await cloud.ok(wuye, 'importRegister', { compoundId: 'cpd-1', csv });
  expect(report).toEqual({ rows: 5, created: 4, unchanged: 1, errors: [] });

  const building = await cloud.ok(wuye, 'children', { parentId: 'cpd-1' });
  expect(building.items.map((p) => [p._id, p.name, p.childCount])).toEqual([
    ['cpd-1-b1', '1栋', 2],
    ['cpd-1-b2', '2栋', 2],
    ['cpd-1-b3', '3栋', 2],
    ['cpd-1-b4', '4栋', 2],
  ]);
  const rooms = await cloud.ok(wuye, 'rooms', { within: 'cpd-1-b4', limit: 10 });
  expect(rooms.items.map((r) => [r._id, r.label, r.floor, r.areaHundredths, r.type])).toEqual([
    ['cpd-1-b4-u1-101', '阳光花园 4栋 1单元 101', 1, 8850, 'residence'],
    ['cpd-1-b4-u1-102', '阳光花园 4栋 1单元 102', 1, 9000, 'residence'],
    ['cpd-1-b4-u2-101', '阳光花园 4栋 2单元 101', 1, 12025, 'shop'],
    ['cpd-1-b4-u2-B01', '阳光花园 4栋 2单元 B01', -1, 1500, 'garage'],
  ]);
  const stored = await places().get('cpd-1-b4-u2-101');
  expect(stored).toMatchObject({
    path: ['dst-1', 'str-1', 'com-1', 'cpd-1', 'cpd-1-b4', 'cpd-1-b4-u2'],
    districtId: 'dst-1',
    streetId: 'str-1',
    communityId: 'com-1',
    compoundId: 'cpd-1',
    buildingId: 'cpd-1-b4',
    unitId: 'cpd-1-b4-u2',
  });

  const before = cloud.fingerprint();
  expect(await cloud.ok(wuye, 'importRegister', { compoundId: 'cpd-1', csv })).toEqual({
    rows: 5,
    created: 0,
    unchanged: 5,
    errors: [],
  });
  expect(cloud.fingerprint()).toBe(before);
});

test('every bad row is reported with its line in the whole file, and nothing of the batch is written', async () => {
  const shequ = await cloud.staff('shequ');
  const csv = csvOf(
    '5,1,101,1,80,住宅',
    '5,1,102,,80,住宅',
    '5,1,103,1,-3,住宅',
    '5,1,104,1,80,别墅',
    '5,1,101,1,80,住宅',
    `2,1,101,1,${Number(await areaOf('cpd-2-b2-u1-101')) + 1},住宅`,
    '5,1,105,abc,80.123,住宅',
    '',
    '5,1,106,1,80,住宅,多余',
  );
  const before = cloud.fingerprint();
  const report = await cloud.ok(shequ, 'importRegister', { compoundId: 'cpd-2', csv, firstLine: 501 });
  expect(report.rows).toBe(8);
  expect(report.created).toBe(0);
  expect(report.errors).toEqual([
    { line: 503, message: '楼层不能为空' },
    { line: 504, message: expect.stringMatching(/^面积须为大于0/) },
    { line: 505, message: expect.stringMatching(/^类型须为 住宅/) },
    { line: 506, message: '与第502行重复（5栋 1单元 101）' },
    { line: 507, message: expect.stringMatching(/^与登记不一致：已登记面积\d+\.\d\d m²$/) },
    { line: 508, message: expect.stringMatching(/^楼层须为.*；面积须为/) },
    { line: 510, message: '列数多于表头（6列）' },
  ]);
  expect(cloud.fingerprint()).toBe(before);
  expect(await places().get('cpd-2-b5')).toBeNull();
});

test('English headers in any order, quoted fields, a BOM and type names in English are accepted', async () => {
  const admin = await cloud.staff('admin');
  const csv = '\uFEFFroom,building,unit,floor,areaM2,type\n"601",3,1,6,"1,0",office\n"6""02",3,1,6,75,residence\n';
  const report = await cloud.ok(admin, 'importRegister', { compoundId: 'cpd-3', csv, dryRun: true });
  expect(report.errors).toEqual([{ line: 2, message: expect.stringMatching(/^面积/) }]);
  const fixed = csv.replace('"1,0"', '"100"');
  const before = cloud.fingerprint();
  expect(await cloud.ok(admin, 'importRegister', { compoundId: 'cpd-3', csv: fixed, dryRun: true })).toEqual({
    rows: 2,
    created: 2,
    unchanged: 0,
    errors: [],
  });
  expect(cloud.fingerprint()).toBe(before);
  expect(await cloud.ok(admin, 'importRegister', { compoundId: 'cpd-3', csv: fixed })).toMatchObject({ created: 2 });
  const rooms = await cloud.ok(admin, 'rooms', { within: 'cpd-3-b3', limit: 10 });
  expect(rooms.items.map((r) => [r.number, r.type])).toEqual([
    ['6"02', 'residence'],
    ['601', 'office'],
  ]);
  // A number outside the id charset still gets a valid, stable id.
  expect(rooms.items[0]?._id).toMatch(/^r_[A-Za-z0-9_-]{16}$/);
});

test('a header without the required columns is reported on its line', async () => {
  const wuye = await cloud.staff('wuye');
  const report = await cloud.ok(wuye, 'importRegister', {
    compoundId: 'cpd-1',
    csv: '楼栋,房号\n1,101',
    firstLine: 20,
  });
  expect(report).toEqual({
    rows: 1,
    created: 0,
    unchanged: 0,
    errors: [{ line: 20, message: expect.stringContaining('表头缺少 单元、楼层、面积') }],
  });
});

test('oversized batches and fields are refused outright; nothing is written', async () => {
  const wuye = await cloud.staff('wuye');
  const before = cloud.fingerprint();
  const tooMany = csvOf(...Array.from({ length: 501 }, (_, i) => `9,1,${1000 + i},10,80,住宅`));
  const rows = await cloud.call(wuye, 'importRegister', { compoundId: 'cpd-1', csv: tooMany });
  expect(rows).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'csv' }] } });
  const wide = csvOf(`9,1,${'1'.repeat(300)},10,80,住宅`);
  expect(codeOf(await cloud.call(wuye, 'importRegister', { compoundId: 'cpd-1', csv: wide }))).toBe(
    'VALIDATION.FAILED',
  );
  expect(codeOf(await cloud.call(wuye, 'importRegister', { compoundId: 'cpd-1', csv: '' }))).toBe('VALIDATION.FAILED');
  expect(cloud.fingerprint()).toBe(before);
  // 500 rows is one full batch.
  const full = csvOf(...Array.from({ length: 500 }, (_, i) => `9,1,${1000 + i},10,80,住宅`));
  expect(await cloud.ok(wuye, 'importRegister', { compoundId: 'cpd-1', csv: full, dryRun: true })).toMatchObject({
    rows: 500,
    created: 500,
  });
});

test('a compound outside the scope, or a place that is not a compound, is refused', async () => {
  const csv = csvOf('7,1,101,1,80,住宅');
  const xingguang = await cloud.staff('xingguang');
  expect(codeOf(await cloud.call(xingguang, 'importRegister', { compoundId: 'cpd-1', csv }))).toBe('AUTH.OUT_OF_SCOPE');
  const wuye = await cloud.staff('wuye');
  expect(codeOf(await cloud.call(wuye, 'importRegister', { compoundId: 'cpd-1-b1', csv }))).toBe('VALIDATION.FAILED');
  expect(codeOf(await cloud.call(wuye, 'importRegister', { compoundId: 'nowhere', csv }))).toBe('RESOURCE.NOT_FOUND');
  expect(codeOf(await cloud.call(await cloud.staff('wangge'), 'importRegister', { compoundId: 'cpd-1', csv }))).toBe(
    'AUTH.FORBIDDEN',
  );
});

test('a write failing half-way removes what the batch had inserted before answering', async () => {
  // A stray document already holds the id the second new room would get; the planner cannot know.
  await places().insert({
    _id: 'cpd-2-b8-u1-102',
    kind: 'room',
    name: 'stray',
    parentId: 'elsewhere',
    path: [],
    label: 'stray',
    sortKey: '0',
  });
  const shequ = await cloud.staff('shequ');
  const before = cloud.fingerprint();
  const csv = csvOf('8,1,101,1,80,住宅', '8,1,102,1,80,住宅', '8,1,103,1,80,住宅');
  const result = await cloud.call(shequ, 'importRegister', { compoundId: 'cpd-2', csv });
  expect(codeOf(result)).toBe('RESOURCE.CONFLICT');
  expect(cloud.fingerprint()).toBe(before);
  expect(await places().get('cpd-2-b8')).toBeNull();
});
