import { STAFF, type StaffDoc } from './collections';
import { setUpStaffCloud } from './staff-test-cloud';

const cloud = setUpStaffCloud('staff-create');
let admin = '';
beforeAll(async () => {
  await cloud.setUp();
  admin = await cloud.login('admin');
});
afterAll(() => cloud.tearDown());

const draft = (overrides: Record<string, unknown> = {}) => ({
  account: 'jinxiu',
  name: '郑物业',
  phone: '13800000011',
  roles: ['property'],
  scopePlaceId: 'cpd-2',
  password: 'Jinxiu2026',
  ...overrides,
});
const staffCount = () => cloud.store.collection(STAFF).count({});

test('an admin creates a staff account that can sign in with its password', async () => {
  const profile = await cloud.ok('staff', 'create', draft(), admin);
  expect(profile).toEqual({
    _id: expect.any(String),
    account: 'jinxiu',
    name: '郑物业',
    phone: '13800000011',
    roles: ['property'],
    scope: { placeId: 'cpd-2', label: '锦绣苑', path: ['dst-1', 'str-1', 'com-1', 'cpd-2'] },
    disabled: false,
  });
  const stored = await cloud.store.collection<StaffDoc>(STAFF).get(String(profile._id));
  expect(stored).toMatchObject({ communityId: 'com-1', compoundId: 'cpd-2', failedLogins: 0, lockedUntil: null });
  expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  const login = await cloud.ok('auth', 'staffLogin', { account: 'jinxiu', password: 'Jinxiu2026' });
  expect(login).toMatchObject({ staff: { _id: profile._id } });
});

test('an account already taken is refused', async () => {
  const before = await staffCount();
  const result = await cloud.call('staff', 'create', draft({ account: 'wuye' }), admin);
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'STAFF.ACCOUNT_TAKEN', issues: [{ path: 'account', message: '该账号已被使用' }] },
  });
  expect(await staffCount()).toBe(before);
});

test('two admins racing for one account: the unique index lets exactly one win', async () => {
  const both = await Promise.all([
    cloud.call('staff', 'create', draft({ account: 'racer', name: '甲' }), admin),
    cloud.call('staff', 'create', draft({ account: 'racer', name: '乙' }), admin),
  ]);
  expect(both.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['STAFF.ACCOUNT_TAKEN', 'ok']);
  expect(await cloud.store.collection(STAFF).count({ account: 'racer' })).toBe(1);
});

test('roles must fit the level of the scope', async () => {
  const before = await staffCount();
  const misfits = [
    { roles: ['property'], scopePlaceId: 'com-1', message: '物业的管辖范围须为小区，不能是社区' },
    { roles: ['worker'], scopePlaceId: null, message: '维修人员的管辖范围须为小区，不能是整个平台' },
    { roles: ['grid'], scopePlaceId: 'cpd-1', message: '网格员的管辖范围须为社区，不能是小区' },
    { roles: ['street'], scopePlaceId: 'com-2', message: '街道的管辖范围须为街道，不能是社区' },
    { roles: ['admin', 'community'], scopePlaceId: 'str-1', message: '社区的管辖范围须为社区，不能是街道' },
  ];
  for (const { message, ...fields } of misfits) {
    const result = await cloud.call('staff', 'create', draft({ account: 'misfit', ...fields }), admin);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION.FAILED', issues: [{ path: 'roles', message }] },
    });
  }
  const room = await cloud.call('staff', 'create', draft({ roles: ['admin'], scopePlaceId: 'cpd-1-b1-u1-101' }), admin);
  expect(room).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'scopePlaceId' }] } });
  const missing = await cloud.call('staff', 'create', draft({ scopePlaceId: 'cpd-404' }), admin);
  expect(missing).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } });
  expect(await staffCount()).toBe(before);
});

test('a scoped admin creates staff only within their own scope', async () => {
  await cloud.ok('staff', 'create', draft({ account: 'admin.com1', roles: ['admin'], scopePlaceId: 'com-1' }), admin);
  const communityAdmin = await cloud.login('admin.com1', 'Jinxiu2026');
  const before = await staffCount();

  for (const scopePlaceId of ['cpd-3', 'com-2', 'str-1', null]) {
    const roles = scopePlaceId === 'cpd-3' ? ['worker'] : ['admin'];
    const result = await cloud.call(
      'staff',
      'create',
      draft({ account: 'outside', roles, scopePlaceId }),
      communityAdmin,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } });
  }
  expect(await staffCount()).toBe(before);

  const inside = await cloud.ok(
    'staff',
    'create',
    draft({ account: 'xiaowang', roles: ['worker'], scopePlaceId: 'cpd-1' }),
    communityAdmin,
  );
  expect(inside).toMatchObject({ roles: ['worker'], scope: { placeId: 'cpd-1', label: '阳光花园' } });
});

test('only admins manage staff, and bad drafts write nothing', async () => {
  const property = await cloud.login('wuye');
  expect(await cloud.call('staff', 'create', draft({ account: 'sneaky' }), property)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN' },
  });
  const before = await staffCount();
  const bad = [
    draft({ account: 'Capital' }),
    draft({ password: 'letters-only' }),
    draft({ phone: '12345' }),
    draft({ roles: [] }),
    draft({ roles: ['superuser'] }),
    draft({ name: '<script>' }),
    draft({ isRoot: true }),
  ];
  for (const data of bad) {
    const result = await cloud.call('staff', 'create', data, admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [expect.anything()] } });
  }
  expect(await staffCount()).toBe(before);
});
