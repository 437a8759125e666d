import { STAFF, type StaffDoc } from './collections';
import { setUpStaffCloud } from './staff-test-cloud';

const cloud = setUpStaffCloud('staff-reset');
let admin = '';
beforeAll(async () => {
  await cloud.setUp();
  admin = await cloud.login('admin');
});
afterAll(() => cloud.tearDown());

test('a reset sets the new password, lifts a lockout and ends the old sessions', async () => {
  const old = await cloud.login('wuye');
  const lockedUntil = new Date(Date.now() + 600_000).toISOString();
  await cloud.store
    .collection<StaffDoc>(STAFF)
    .update({ _id: 'staff-wuye' }, { set: { failedLogins: 5, lockedUntil } });

  expect(await cloud.ok('staff', 'resetPassword', { staffId: 'staff-wuye', password: 'Reset2026x' }, admin)).toEqual({
    reset: true,
  });
  expect(await cloud.call('auth', 'me', {}, old)).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
  expect(await cloud.store.collection<StaffDoc>(STAFF).get('staff-wuye')).toMatchObject({
    failedLogins: 0,
    lockedUntil: null,
  });
  await cloud.login('wuye', 'Reset2026x');
});

test('admins reset only within their scope, and use changePassword for themselves', async () => {
  const draft = { account: 'guanli', name: '冯管理', phone: '13800000021', password: 'Admin2026x' };
  const created = await cloud.ok<{ _id: string }>(
    'staff',
    'create',
    { ...draft, roles: ['admin'], scopePlaceId: 'cpd-3' },
    admin,
  );
  const compoundAdmin = await cloud.login('guanli', 'Admin2026x');
  const before = await cloud.store.collection<StaffDoc>(STAFF).get('staff-jiedao');

  const outside = await cloud.call(
    'staff',
    'resetPassword',
    { staffId: 'staff-jiedao', password: 'Reset2026x' },
    compoundAdmin,
  );
  expect(outside).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } });
  const self = await cloud.call(
    'staff',
    'resetPassword',
    { staffId: created._id, password: 'Reset2026x' },
    compoundAdmin,
  );
  expect(self).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'staffId' }] } });
  expect(await cloud.store.collection<StaffDoc>(STAFF).get('staff-jiedao')).toEqual(before);

  await cloud.ok('staff', 'resetPassword', { staffId: 'staff-xingguang', password: 'Reset2026x' }, compoundAdmin);
});

test('a weak or missing password is refused', async () => {
  for (const data of [{ staffId: 'staff-wuye' }, { staffId: 'staff-wuye', password: '12345678' }]) {
    const result = await cloud.call('staff', 'resetPassword', data, admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED' } });
  }
});
