import { DEMO_DOOR_CONTROLLERS } from '@linli/mock-devices';
import { DOOR_ENTRIES, type DoorEntryDoc } from '../core/use-cases/door/collections';
import { codeOf, type DoorCloud, startDoorCloud } from './test-kit';

/** Residents opening their doors: entitlement, confirmed opens only, faults never reported as success, limits. */
let cloud: DoorCloud;
let zhang: string;
beforeAll(async () => {
  cloud = await startDoorCloud('door-open');
  zhang = cloud.resident('demo-owner-zhang');
});
afterAll(() => cloud.tearDown());
afterEach(async () => {
  for (const { id } of DEMO_DOOR_CONTROLLERS)
    await fetch(`${cloud.mock.url}/devices/${id}/_control/reset`, { method: 'POST' });
});

const entries = async (doorId: string) =>
  (await cloud.store.collection<DoorEntryDoc>(DOOR_ENTRIES).find({ doorId }, { orderBy: [['at', 'asc']] })).items;

test('a resident sees the compound gates and their own unit door, no other', async () => {
  const { doors } = await cloud.ok(zhang, 'doors', {});
  expect(doors.map((d) => d.doorId).sort()).toEqual(['dev-cpd-1-b1-1', 'dev-cpd-1-gate-1', 'dev-cpd-1-gate-2']);
  expect(doors.find((d) => d.doorId === 'dev-cpd-1-b1-1')).toMatchObject({
    kind: 'unit',
    placeLabel: '阳光花园 1栋 1单元',
  });

  const zhao = await cloud.ok(cloud.resident('demo-tenant-zhao'), 'doors', {});
  expect(zhao.doors.map((d) => d.doorId)).toContain('dev-cpd-1-b1-2');
  expect(zhao.doors.map((d) => d.doorId)).not.toContain('dev-cpd-1-b1-1');
  // A pending application opens nothing.
  expect(codeOf(await cloud.call(cloud.resident('demo-tenant-wang'), 'doors', {}))).toBe('AUTH.FORBIDDEN');
});

test('opening answers only after the controller confirmed, logs the entry and puts the door first next time', async () => {
  const before = await cloud.deviceEvents('dev-cpd-1-gate');
  const opened = await cloud.ok(zhang, 'open', { doorId: 'dev-cpd-1-gate-2' });
  expect(opened.doorId).toBe('dev-cpd-1-gate-2');
  expect(opened.latencyMs).toBeGreaterThan(0);
  expect(await cloud.deviceEvents('dev-cpd-1-gate')).toBe(before + 1);
  expect(await entries('dev-cpd-1-gate-2')).toEqual([
    expect.objectContaining({
      method: 'app',
      result: 'opened',
      who: '张*',
      latencyMs: opened.latencyMs,
      compoundId: 'cpd-1',
    }),
  ]);
  const { doors } = await cloud.ok(zhang, 'doors', {});
  expect(doors[0]).toMatchObject({ doorId: 'dev-cpd-1-gate-2', uses: 1 });
});

test('the Dahua unit door opens through its own protocol', async () => {
  const owner = cloud.resident('demo-tenant-zhao');
  const { doors } = await cloud.ok(owner, 'doors', {});
  expect(doors.some((d) => d.doorId.startsWith('dev-cpd-1-b3'))).toBe(false);
  // The demo has no resident in building 3: the store is arranged so Zhao may open it.
  const before = await cloud.deviceEvents('dev-cpd-1-b3');
  await cloud.store
    .collection('doors')
    .update({ _id: 'dev-cpd-1-b3-1' }, { set: { buildingId: 'cpd-1-b1', unitId: 'cpd-1-b1-u2' } });
  await cloud.ok(owner, 'open', { doorId: 'dev-cpd-1-b3-1' });
  expect(await cloud.deviceEvents('dev-cpd-1-b3')).toBe(before + 1);
});

test.each([
  ['offline', { offline: true }, 'DOOR.DEVICE_OFFLINE', 'offline'],
  ['bad credentials', { rejectCredentials: true }, 'DOOR.DEVICE_REJECTED', 'rejected'],
  ['an error status', { failWith: 'error' }, 'DOOR.DEVICE_REJECTED', 'rejected'],
  ['malformed XML', { failWith: 'malformed' }, 'DOOR.DEVICE_REJECTED', 'rejected'],
  ['too slow', { delayMs: 3600 }, 'DOOR.DEVICE_TIMEOUT', 'timeout'],
])('a controller %s is never reported opened', async (_name, faults, code, result) => {
  await cloud.fault('dev-cpd-1-b1', faults);
  const before = (await entries('dev-cpd-1-b1-1')).length;
  const envelope = await cloud.call(zhang, 'open', { doorId: 'dev-cpd-1-b1-1' });
  expect(codeOf(envelope)).toBe(code);
  expect(envelope.ok ? '' : envelope.error.message).not.toMatch(/hikvision|ISAPI|statusCode|\bat\b/);
  const logged = await entries('dev-cpd-1-b1-1');
  expect(logged).toHaveLength(before + 1);
  expect(logged.at(-1)).toMatchObject({ result, method: 'app' });
});

test('doors of another unit, building or compound, and unknown doors, are refused with nothing sent', async () => {
  const before = await cloud.deviceEvents('dev-cpd-1-b1');
  for (const doorId of ['dev-cpd-1-b1-2', 'dev-cpd-1-b2-1', 'dev-nowhere-1']) {
    expect(codeOf(await cloud.call(zhang, 'open', { doorId }))).toBe('DOOR.NOT_ENTITLED');
  }
  expect(await cloud.deviceEvents('dev-cpd-1-b1')).toBe(before);
  expect(await entries('dev-cpd-1-b1-2')).toEqual([]);
});

test('a resident opening again and again is stopped by the rate limit', async () => {
  const li = cloud.resident('demo-family-li');
  const codes: (string | null)[] = [];
  for (let i = 0; i < 12; i += 1) codes.push(codeOf(await cloud.call(li, 'open', { doorId: 'dev-cpd-1-gate-1' })));
  expect(codes.slice(0, 10)).toEqual(Array(10).fill(null));
  expect(codes.slice(10)).toEqual(['RATE.LIMITED', 'RATE.LIMITED']);
});
