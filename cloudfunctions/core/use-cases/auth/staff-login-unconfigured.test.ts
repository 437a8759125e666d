import { setUpStaffCloud } from '../staff/staff-test-cloud';

/** A deployment that forgot LINLI_SESSION_SECRET cannot sign anyone in, and says so without leaking why. */
const cloud = setUpStaffCloud('auth-unconfigured');
beforeAll(async () => {
  await cloud.setUp();
  delete process.env.LINLI_SESSION_SECRET;
});
afterAll(() => cloud.tearDown());

test('login answers UNAVAILABLE and opens no session', async () => {
  const result = await cloud.call('auth', 'staffLogin', { account: 'admin', password: 'Linli2026' });
  expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  expect(await cloud.store.collection('staff_sessions').count({})).toBe(0);
});
