import { verifySession } from '../../identity/session-token';
import { STAFF_SESSIONS, type StaffSessionDoc } from '../staff/collections';
import { SECRET, setUpStaffCloud } from '../staff/staff-test-cloud';

const cloud = setUpStaffCloud('auth-sessions');
beforeAll(() => cloud.setUp());
afterAll(() => cloud.tearDown());

const sessions = () => cloud.store.collection<StaffSessionDoc>(STAFF_SESSIONS);
const sidOf = (token: string) => verifySession(token, SECRET, new Date())?.sid ?? '';

test('logout revokes only that session; the same token is refused afterwards', async () => {
  const phone = await cloud.login('jiedao');
  const desk = await cloud.login('jiedao');
  expect(await cloud.ok('auth', 'logout', {}, phone)).toEqual({ loggedOut: true });

  for (const action of ['me', 'logout']) {
    const result = await cloud.call('auth', action, {}, phone);
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
  }
  expect(await sessions().get(sidOf(phone))).toMatchObject({ revokedAt: expect.any(String) });
  expect(await cloud.ok('auth', 'me', {}, desk)).toMatchObject({ kind: 'staff', staff: { account: 'jiedao' } });
});

test('an expired session is refused even while its token is still within its own expiry', async () => {
  const token = await cloud.login('wangge');
  await sessions().update({ _id: sidOf(token) }, { set: { expiresAt: new Date(Date.now() - 1000).toISOString() } });
  const result = await cloud.call('auth', 'me', {}, token);
  expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});

test('changing the password ends every other session and needs the old password', async () => {
  const current = await cloud.login('shequ');
  const other = await cloud.login('shequ');

  const wrongOld = await cloud.call(
    'auth',
    'changePassword',
    { oldPassword: 'Linli2027', newPassword: 'Shequ2026x' },
    current,
  );
  expect(wrongOld).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION.FAILED', issues: [{ path: 'oldPassword', message: '原密码不正确' }] },
  });
  const weak = await cloud.call(
    'auth',
    'changePassword',
    { oldPassword: 'Linli2026', newPassword: 'longenough' },
    current,
  );
  expect(weak).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION.FAILED', issues: [{ path: 'newPassword', message: '密码需同时包含字母和数字' }] },
  });
  expect(await cloud.ok('auth', 'me', {}, other)).toMatchObject({ kind: 'staff' });

  const changed = { oldPassword: 'Linli2026', newPassword: 'Shequ2026x' };
  expect(await cloud.ok('auth', 'changePassword', changed, current)).toEqual({ changed: true });
  expect(await cloud.call('auth', 'me', {}, other)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.UNAUTHENTICATED' },
  });
  expect(await cloud.ok('auth', 'me', {}, current)).toMatchObject({ kind: 'staff', staff: { account: 'shequ' } });

  const oldLogin = await cloud.call('auth', 'staffLogin', { account: 'shequ', password: 'Linli2026' });
  expect(oldLogin).toMatchObject({ ok: false, error: { code: 'AUTH.BAD_CREDENTIALS' } });
  await cloud.login('shequ', 'Shequ2026x');
});

test('logout and changePassword are for staff only', async () => {
  const resident = cloud.residentToken('demo-owner-zhang');
  expect(await cloud.call('auth', 'logout', {}, resident)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN' },
  });
  expect(await cloud.call('auth', 'logout', {})).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});
