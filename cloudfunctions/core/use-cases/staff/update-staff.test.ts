import { STAFF, STAFF_SESSIONS, type StaffDoc } from './collections';
import { setUpStaffCloud } from './staff-test-cloud';

const cloud = setUpStaffCloud('staff-update');
let admin = '';
beforeAll(async () => {
  await cloud.setUp();
  admin = await cloud.login('admin');
});
afterAll(() => cloud.tearDown());

const staffDoc = (id: string) => cloud.store.collection<StaffDoc>(STAFF).get(id);
const update = (data: Record<string, unknown>, token = admin) => cloud.call('staff', 'update', data, token);

test('an admin renames a staff member and moves them to another compound', async () => {
  const moved = await cloud.ok(
    'staff',
    'update',
    { staffId: 'staff-weixiu', name: '李建国', scopePlaceId: 'cpd-3' },
    admin,
  );
  expect(moved).toMatchObject({
    name: '李建国',
    roles: ['worker'],
    scope: { placeId: 'cpd-3', label: '星光小区', path: ['dst-1', 'str-1', 'com-2', 'cpd-3'] },
  });
  expect(await staffDoc('staff-weixiu')).toMatchObject({
    communityId: 'com-2',
    compoundId: 'cpd-3',
    scopePath: ['dst-1', 'str-1', 'com-2', 'cpd-3'],
  });

  const promoted = await cloud.ok(
    'staff',
    'update',
    { staffId: 'staff-weixiu', roles: ['grid'], scopePlaceId: 'com-2' },
    admin,
  );
  expect(promoted).toMatchObject({ roles: ['grid'], scope: { placeId: 'com-2', label: '星光社区' } });
  const doc = await staffDoc('staff-weixiu');
  expect(doc).toMatchObject({ communityId: 'com-2' });
  expect(doc).not.toHaveProperty('compoundId');
});

test('a role change must fit the scope the staff member keeps', async () => {
  const before = await staffDoc('staff-wangge');
  const result = await update({ staffId: 'staff-wangge', roles: ['property'] });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION.FAILED', issues: [{ path: 'roles', message: '物业的管辖范围须为小区，不能是社区' }] },
  });
  const scopeOnly = await update({ staffId: 'staff-wangge', scopePlaceId: 'cpd-1' });
  expect(scopeOnly).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'roles' }] } });
  expect(await staffDoc('staff-wangge')).toEqual(before);
});

test('disabling a staff member ends their sessions; re-enabling lets them sign in again', async () => {
  const token = await cloud.login('xingguang');
  expect(await cloud.ok('staff', 'update', { staffId: 'staff-xingguang', disabled: true }, admin)).toMatchObject({
    disabled: true,
  });
  expect(await cloud.call('auth', 'me', {}, token)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.UNAUTHENTICATED' },
  });
  expect(await cloud.store.collection(STAFF_SESSIONS).count({ staffId: 'staff-xingguang', revokedAt: null })).toBe(0);

  await cloud.ok('staff', 'update', { staffId: 'staff-xingguang', disabled: false }, admin);
  await cloud.login('xingguang');
});

test('an admin cannot disable themselves or give up their own admin role', async () => {
  const disable = await update({ staffId: 'staff-admin', disabled: true });
  expect(disable).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION.FAILED', issues: [{ path: 'disabled', message: '不能停用自己的账号' }] },
  });
  const demote = await update({ staffId: 'staff-admin', roles: ['street'], scopePlaceId: 'str-1' });
  expect(demote).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'roles' }] } });
  expect(await staffDoc('staff-admin')).toMatchObject({ disabled: false, roles: ['admin'], scopePath: [] });
  expect(await cloud.ok('auth', 'me', {}, admin)).toMatchObject({ staff: { account: 'admin' } });
});

test('a scoped admin changes only staff within their scope, and only to scopes within it', async () => {
  const draft = { account: 'guanli', name: '冯管理', phone: '13800000021', password: 'Admin2026x' };
  await cloud.ok('staff', 'create', { ...draft, roles: ['admin'], scopePlaceId: 'com-1' }, admin);
  const communityAdmin = await cloud.login('guanli', 'Admin2026x');
  const before = await staffDoc('staff-jiedao');

  for (const data of [
    { staffId: 'staff-jiedao', name: '赵某' },
    { staffId: 'staff-admin', name: '平台' },
    { staffId: 'staff-wuye', scopePlaceId: 'cpd-3' },
    { staffId: 'staff-wuye', roles: ['admin'], scopePlaceId: 'str-1' },
  ]) {
    expect(await update(data, communityAdmin)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } });
  }
  expect(await staffDoc('staff-jiedao')).toEqual(before);
  expect(await staffDoc('staff-wuye')).toMatchObject({ scopePath: ['dst-1', 'str-1', 'com-1', 'cpd-1'] });

  const moved = await cloud.ok('staff', 'update', { staffId: 'staff-wuye', scopePlaceId: 'cpd-2' }, communityAdmin);
  expect(moved).toMatchObject({ scope: { placeId: 'cpd-2' } });
});

test('unknown staff and bad input change nothing', async () => {
  expect(await update({ staffId: 'staff-nobody', name: '无名' })).toMatchObject({
    ok: false,
    error: { code: 'RESOURCE.NOT_FOUND' },
  });
  const before = await staffDoc('staff-shequ');
  for (const data of [
    { name: '钱' },
    { staffId: 'staff-shequ', phone: '110' },
    { staffId: 'staff-shequ', roles: [] },
    { staffId: 'staff-shequ', disabled: 'yes' },
    { staffId: 'staff-shequ', passwordHash: 'x' },
  ]) {
    expect(await update(data)).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED' } });
  }
  expect(await staffDoc('staff-shequ')).toEqual(before);
});
