import { setUpStaffCloud } from './staff-test-cloud';

const cloud = setUpStaffCloud('staff-list');
let admin = '';
beforeAll(async () => {
  await cloud.setUp();
  admin = await cloud.login('admin');
});
afterAll(() => cloud.tearDown());

interface Row {
  _id: string;
  account: string;
  phone: string;
}
interface StaffPage {
  items: Row[];
  nextCursor: string | null;
}
const list = (token: string, data: Record<string, unknown> = {}) => cloud.ok<StaffPage>('staff', 'list', data, token);
const accounts = (page: StaffPage) => page.items.map((row) => row.account);
const SEEDED = ['admin', 'jiedao', 'shequ', 'wangge', 'weixiu', 'wuye', 'xingguang'];

test('the platform admin pages through every account in account order, with full phone numbers', async () => {
  const first = await list(admin, { limit: 3 });
  expect(accounts(first)).toEqual(SEEDED.slice(0, 3));
  expect(first.items[0]?.phone).toBe('13800000001');
  const second = await list(admin, { limit: 3, cursor: first.nextCursor });
  const third = await list(admin, { limit: 3, cursor: second.nextCursor });
  expect([...accounts(second), ...accounts(third)]).toEqual(SEEDED.slice(3));
  expect(third.nextCursor).toBeNull();
});

test('search matches the start of an account or of a name', async () => {
  expect(accounts(await list(admin, { q: 'W' }))).toEqual(['wangge', 'weixiu', 'wuye']);
  expect(accounts(await list(admin, { q: 'we' }))).toEqual(['weixiu']);
  expect(accounts(await list(admin, { q: '孙' }))).toEqual(['wuye']);
  expect(accounts(await list(admin, { q: '物业' }))).toEqual([]);
  expect(accounts(await list(admin, { q: 'zz' }))).toEqual([]);
});

test('a scoped admin sees only staff within their scope', async () => {
  const draft = { name: '冯管理', phone: '13800000021', password: 'Admin2026x' };
  await cloud.ok('staff', 'create', { ...draft, account: 'guanli', roles: ['admin'], scopePlaceId: 'com-1' }, admin);
  await cloud.ok('staff', 'create', { ...draft, account: 'gong', roles: ['worker'], scopePlaceId: 'cpd-2' }, admin);
  await cloud.ok('staff', 'create', { ...draft, account: 'guo', roles: ['worker'], scopePlaceId: 'cpd-3' }, admin);
  await cloud.ok('staff', 'create', { ...draft, account: 'gao', roles: ['street'], scopePlaceId: 'str-1' }, admin);
  const communityAdmin = await cloud.login('guanli', 'Admin2026x');

  const seen = accounts(await list(communityAdmin, { q: 'g' }));
  expect(seen).toEqual(['gong', 'guanli']);
  expect(accounts(await list(admin, { q: 'g' }))).toEqual(['gao', 'gong', 'guanli', 'guo']);
});

test('a cursor from another search is a validation error, not a server fault', async () => {
  const page = await list(admin, { limit: 1 });
  const result = await cloud.call('staff', 'list', { limit: 1, q: 'w', cursor: page.nextCursor }, admin);
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'cursor' }] } });
  const junk = await cloud.call('staff', 'list', { cursor: 'not-a-cursor' }, admin);
  expect(junk).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'cursor' }] } });
});

test('non-admins may not list staff', async () => {
  const street = await cloud.login('jiedao');
  expect(await cloud.call('staff', 'list', {}, street)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
});
