import { DOOR_ENTRIES, type DoorEntryDoc } from '../core/use-cases/door/collections';
import { PASSES, type PassDoc } from '../core/use-cases/visitor/collections';
import { codeOf, startVisitorCloud, type VisitorCloud } from './test-kit';

/** Residents create, share and revoke passes; visitors open with the link alone; every use is counted once. */
let cloud: VisitorCloud;
let zhang: string;
beforeAll(async () => {
  cloud = await startVisitorCloud('visitor-pass');
  zhang = cloud.resident('demo-owner-zhang');
});
afterAll(() => cloud.tearDown());

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();
const pass = (overrides: Record<string, unknown> = {}) => ({
  visitorName: '刘洋',
  doorIds: ['dev-cpd-1-gate-1', 'dev-cpd-1-b1-1'],
  validFrom: hours(-1),
  validUntil: hours(4),
  ...overrides,
});
const passDoc = async (passId: string) => (await cloud.store.collection<PassDoc>(PASSES).get(passId)) as PassDoc;

test('a created pass is shared as a card path and an H5 link; the store keeps no usable token', async () => {
  const created = await cloud.ok(zhang, 'create', pass({ phone: '13900001111', plate: '浙a12345' }));
  expect(created).toMatchObject({ kind: 'visitor', maxUses: 1, usesLeft: 1, state: 'valid' });
  expect(created.doors).toEqual([
    { doorId: 'dev-cpd-1-gate-1', name: '阳光花园 南门' },
    { doorId: 'dev-cpd-1-b1-1', name: '阳光花园 1栋 1单元' },
  ]);
  expect(created.share.link).toBe(`http://linli.test/v/${created.share.token}`);
  expect(created.share.path).toBe(`/packages/visitor/pass/index?token=${created.share.token}`);
  expect(created.share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cloud.fingerprint()).not.toContain(created.share.token);
  expect((await passDoc(created.passId)).plate).toBe('浙A12345');

  // The visitor, signed in as nobody, sees whose pass it is, when and where — and nothing private.
  const info = await cloud.ok(undefined, 'info', { token: created.share.token });
  expect(info).toEqual({
    kind: 'visitor',
    visitorName: '刘洋',
    hostName: '张*',
    validFrom: created.validFrom,
    validUntil: created.validUntil,
    maxUses: 1,
    usesLeft: 1,
    state: 'valid',
    reason: null,
    doors: created.doors,
  });
  expect(JSON.stringify(info)).not.toMatch(/13900001111|passId|residentId/);
});

test('N visitors tapping a one-use pass at once open the door exactly once', async () => {
  const { share, passId } = await cloud.ok(zhang, 'create', pass());
  const results = await Promise.all(
    Array.from({ length: 8 }, () => cloud.call(undefined, 'open', { token: share.token, doorId: 'dev-cpd-1-gate-1' })),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok).map(codeOf)).toEqual(Array(7).fill('PASS.USED_UP'));
  expect((await passDoc(passId)).usesLeft).toBe(0);
  const opened = await cloud.store.collection<DoorEntryDoc>(DOOR_ENTRIES).find({ passId, result: 'opened' });
  expect(opened.items).toEqual([expect.objectContaining({ method: 'visitor', who: '访客 刘*（张*邀请）' })]);
  expect((await cloud.ok(undefined, 'info', { token: share.token })).reason).toBe('通行证次数已用完');
});

test('a multi-use delivery pass counts down and shows its uses to the host', async () => {
  const { share, passId } = await cloud.ok(
    zhang,
    'create',
    pass({ kind: 'delivery', maxUses: 2, visitorName: '顺丰 李' }),
  );
  const first = await cloud.ok(undefined, 'open', { token: share.token, doorId: 'dev-cpd-1-b1-1' });
  expect(first.usesLeft).toBe(1);
  const mine = await cloud.ok(zhang, 'mine', {});
  const listed = mine.items.find((p) => p.passId === passId);
  expect(listed).toMatchObject({ kind: 'delivery', usesLeft: 1, state: 'valid', share: { token: share.token } });
  expect(listed?.uses).toEqual([{ at: first.openedAt, doorName: '阳光花园 1栋 1单元' }]);
  // Another resident's list does not show it.
  const li = await cloud.ok(cloud.resident('demo-tenant-zhao'), 'mine', {});
  expect(li.items.map((p) => p.passId)).not.toContain(passId);
});

test('a door that does not open gives the use back', async () => {
  const { share, passId } = await cloud.ok(zhang, 'create', pass());
  await fetch(`${cloud.mock.url}/devices/dev-cpd-1-gate/_control`, { method: 'POST', body: '{"offline":true}' });
  try {
    const envelope = await cloud.call(undefined, 'open', { token: share.token, doorId: 'dev-cpd-1-gate-1' });
    expect(codeOf(envelope)).toBe('DOOR.DEVICE_OFFLINE');
  } finally {
    await fetch(`${cloud.mock.url}/devices/dev-cpd-1-gate/_control/reset`, { method: 'POST' });
  }
  expect((await passDoc(passId)).usesLeft).toBe(1);
  await cloud.ok(undefined, 'open', { token: share.token, doorId: 'dev-cpd-1-gate-1' });
});

test('revoked, expired, not-yet-valid and forged passes say so and open nothing', async () => {
  const revoked = await cloud.ok(zhang, 'create', pass());
  expect(await cloud.ok(zhang, 'revoke', { passId: revoked.passId })).toMatchObject({ state: 'revoked' });
  expect(codeOf(await cloud.call(cloud.resident('demo-tenant-zhao'), 'revoke', { passId: revoked.passId }))).toBe(
    'RESOURCE.NOT_FOUND',
  );
  const later = await cloud.ok(zhang, 'create', pass({ validFrom: hours(2) }));
  const expired = await cloud.ok(zhang, 'create', pass());
  await cloud.store.collection(PASSES).update({ _id: expired.passId }, { set: { validUntil: hours(-0.5) } });
  const count = () => cloud.store.collection(DOOR_ENTRIES).count({});
  const before = await count();
  const cases = [
    [revoked.share.token, 'PASS.REVOKED'],
    [later.share.token, 'PASS.NOT_YET_VALID'],
    [expired.share.token, 'PASS.EXPIRED'],
    ['x'.repeat(43), 'PASS.INVALID'],
  ] as const;
  for (const [token, code] of cases) {
    expect(codeOf(await cloud.call(undefined, 'open', { token, doorId: 'dev-cpd-1-gate-1' }))).toBe(code);
  }
  expect(codeOf(await cloud.call(undefined, 'info', { token: 'x'.repeat(43) }))).toBe('PASS.INVALID');
  expect((await cloud.ok(undefined, 'info', { token: later.share.token })).state).toBe('not_yet');
  expect(await count()).toBe(before);
  const listed = await cloud.ok(zhang, 'mine', {});
  expect(listed.items.find((p) => p.passId === revoked.passId)?.share).toBeNull();
});

test('a pass names only doors its host may open, and opens only those', async () => {
  expect(codeOf(await cloud.call(zhang, 'create', pass({ doorIds: ['dev-cpd-1-b2-1'] })))).toBe('DOOR.NOT_ENTITLED');
  expect(codeOf(await cloud.call(zhang, 'create', pass({ validUntil: hours(-0.1), validFrom: hours(-1) })))).toBe(
    'VALIDATION.FAILED',
  );
  const { share } = await cloud.ok(zhang, 'create', pass({ doorIds: ['dev-cpd-1-gate-1'] }));
  expect(codeOf(await cloud.call(undefined, 'open', { token: share.token, doorId: 'dev-cpd-1-b1-1' }))).toBe(
    'DOOR.NOT_ENTITLED',
  );
});

test('staff see visitor entries within their scope only', async () => {
  const log = await cloud.ok(await cloud.staff('wuye'), 'log', {});
  expect(log.items.length).toBeGreaterThan(0);
  expect(log.items.every((entry) => entry.method === 'visitor')).toBe(true);
  expect((await cloud.ok(await cloud.staff('xingguang'), 'log', {})).items).toEqual([]);
  expect(codeOf(await cloud.call(zhang, 'log', {}))).toBe('AUTH.FORBIDDEN');
});
