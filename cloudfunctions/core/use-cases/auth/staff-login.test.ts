import { verifySession } from '../../identity/session-token';
import { STAFF, STAFF_SESSIONS, type StaffDoc, type StaffSessionDoc } from '../staff/collections';
import { SECRET, setUpStaffCloud } from '../staff/staff-test-cloud';

const cloud = setUpStaffCloud('auth-login');
beforeAll(() => cloud.setUp());
afterAll(() => cloud.tearDown());

const staffDoc = async (id: string) => {
  const doc = await cloud.store.collection<StaffDoc>(STAFF).get(id);
  if (!doc) throw new Error(`no staff ${id}`);
  return doc;
};

test('the right password opens a 12-hour session naming a live server-side session', async () => {
  const before = Date.now();
  const data = await cloud.ok<{ token: string; expiresAt: string; staff: unknown }>('auth', 'staffLogin', {
    account: ' Wuye ',
    password: 'Linli2026',
  });
  expect(data.staff).toEqual({
    _id: 'staff-wuye',
    account: 'wuye',
    name: '孙物业',
    phone: '13800000004',
    roles: ['property'],
    scope: { placeId: 'cpd-1', label: '阳光花园', path: ['dst-1', 'str-1', 'com-1', 'cpd-1'] },
    disabled: false,
  });
  // Session expiry has whole-second precision: it lies within 12 hours of the call, rounded down to the second.
  const twelveHours = 12 * 3600_000;
  expect(Date.parse(data.expiresAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + twelveHours);
  expect(Date.parse(data.expiresAt)).toBeLessThanOrEqual(Date.now() + twelveHours);

  const claims = verifySession(data.token, SECRET, new Date());
  expect(claims).toMatchObject({
    kind: 'staff',
    sub: 'staff-wuye',
    roles: ['property'],
    scope: ['dst-1', 'str-1', 'com-1', 'cpd-1'],
  });
  expect(claims?.exp).toBe(Date.parse(data.expiresAt) / 1000);
  const session = await cloud.store.collection<StaffSessionDoc>(STAFF_SESSIONS).get(claims?.sid ?? '');
  expect(session).toMatchObject({ staffId: 'staff-wuye', expiresAt: data.expiresAt, revokedAt: null });

  const me = await cloud.ok('auth', 'me', {}, data.token);
  expect(me).toEqual({ kind: 'staff', staff: data.staff });
});

test('the platform admin has no scope', async () => {
  const data = await cloud.ok<{ staff: { scope: unknown } }>('auth', 'staffLogin', {
    account: 'admin',
    password: 'Linli2026',
  });
  expect(data.staff.scope).toBeNull();
});

test('an unknown account and a wrong password get the same answer', async () => {
  const unknown = await cloud.call('auth', 'staffLogin', { account: 'nobody', password: 'Linli2026' });
  const wrong = await cloud.call('auth', 'staffLogin', { account: 'jiedao', password: 'Linli2027' });
  for (const result of [unknown, wrong]) {
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.BAD_CREDENTIALS', message: '账号或密码错误' } });
  }
  expect(await staffDoc('staff-jiedao')).toMatchObject({ failedLogins: 1, lockedUntil: null });
});

test('five wrong passwords in a row lock the account for 15 minutes, even against the right password', async () => {
  const codes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const result = await cloud.call('auth', 'staffLogin', { account: 'shequ', password: `wrong-${i}` });
    codes.push(result.ok ? 'ok' : result.error.code);
  }
  expect(codes).toEqual([...Array(4).fill('AUTH.BAD_CREDENTIALS'), 'AUTH.LOCKED']);
  const locked = await staffDoc('staff-shequ');
  const minutes = (Date.parse(locked.lockedUntil ?? '') - Date.now()) / 60_000;
  expect(minutes).toBeGreaterThan(14);
  expect(minutes).toBeLessThanOrEqual(15);

  const right = await cloud.call('auth', 'staffLogin', { account: 'shequ', password: 'Linli2026' });
  expect(right).toMatchObject({
    ok: false,
    error: { code: 'AUTH.LOCKED', message: '密码错误次数过多，请15分钟后再试' },
  });
  expect(await cloud.store.collection<StaffSessionDoc>(STAFF_SESSIONS).count({ staffId: 'staff-shequ' })).toBe(0);

  // Fifteen minutes later: the lock has run out, and a wrong password starts a fresh count rather than relocking.
  const past = new Date(Date.now() - 1000).toISOString();
  await cloud.store.collection<StaffDoc>(STAFF).update({ _id: 'staff-shequ' }, { set: { lockedUntil: past } });
  const again = await cloud.call('auth', 'staffLogin', { account: 'shequ', password: 'still-wrong' });
  expect(again).toMatchObject({ ok: false, error: { code: 'AUTH.BAD_CREDENTIALS' } });
  expect(await staffDoc('staff-shequ')).toMatchObject({ failedLogins: 1, lockedUntil: null });

  await cloud.login('shequ');
  expect(await staffDoc('staff-shequ')).toMatchObject({ failedLogins: 0, lockedUntil: null });
});

test('a correct password clears earlier failures, so only consecutive failures lock', async () => {
  await cloud.store.collection<StaffDoc>(STAFF).update({ _id: 'staff-wangge' }, { set: { failedLogins: 4 } });
  await cloud.login('wangge');
  const wrong = await cloud.call('auth', 'staffLogin', { account: 'wangge', password: 'wrong' });
  expect(wrong).toMatchObject({ ok: false, error: { code: 'AUTH.BAD_CREDENTIALS' } });
  expect(await staffDoc('staff-wangge')).toMatchObject({ failedLogins: 1, lockedUntil: null });
});

test('a disabled account cannot sign in', async () => {
  await cloud.store.collection<StaffDoc>(STAFF).update({ _id: 'staff-weixiu' }, { set: { disabled: true } });
  const result = await cloud.call('auth', 'staffLogin', { account: 'weixiu', password: 'Linli2026' });
  expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: '账号已停用，请联系管理员' } });
  expect(await cloud.store.collection<StaffSessionDoc>(STAFF_SESSIONS).count({ staffId: 'staff-weixiu' })).toBe(0);
});

test('malformed input is refused before any lookup and writes nothing', async () => {
  for (const data of [
    {},
    { account: '', password: 'x' },
    { account: 'admin' },
    { account: 'admin', password: 'x', extra: 1 },
  ]) {
    const result = await cloud.call('auth', 'staffLogin', data);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED' } });
  }
  expect(await staffDoc('staff-admin')).toMatchObject({ failedLogins: 0 });
});
