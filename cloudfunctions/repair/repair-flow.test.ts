import type { InputOf, repairContract } from '@linli/shared';
import { SAMPLE_JPEG, SAMPLE_PDF } from '../../shared/testing/sample-images';
import { REPAIRS, type RepairDoc } from '../core/use-cases/repair/collections';
import { codeOf, type RepairCloud, startRepairCloud } from './test-kit';

/** The whole life of a repair through `main`: report with a photo, dispatch, fix, confirm and rate, reopen. */
let cloud: RepairCloud;
let zhang: string;
let li: string;
let zhao: string;
beforeAll(async () => {
  cloud = await startRepairCloud('repair-flow');
  zhang = cloud.resident('demo-owner-zhang');
  li = cloud.resident('demo-family-li');
  zhao = cloud.resident('demo-tenant-zhao');
});
afterAll(() => cloud.tearDown());

type Report = InputOf<typeof repairContract, 'submit'>;
const report = (overrides: Partial<Report> = {}): Report => ({
  category: 'water_electric',
  location: { kind: 'room' },
  description: '厨房水槽下面的水管漏水，地上都是水',
  ...overrides,
});
const doc = async (id: string) => (await cloud.store.collection<RepairDoc>(REPAIRS).get(id)) as RepairDoc;

test('report → assign → accept → start → finish → confirm, every step on the timeline', async () => {
  const photo = await cloud.files.put(SAMPLE_JPEG, 'demo-owner-zhang');
  const submitted = await cloud.ok(zhang, 'submit', report({ urgency: 'urgent', photoIds: [photo.fileId] }));
  expect(submitted).toMatchObject({
    status: 'submitted',
    category: 'water_electric',
    locationLabel: '阳光花园 1栋 1单元 101',
    reporterName: '张伟',
    can: ['cancel'],
  });
  expect(submitted.number).toMatch(/^BX\d{8}-\d{4}$/);
  expect(Date.parse(submitted.dueAt) - Date.parse(submitted.createdAt)).toBe(4 * 3600_000);
  expect(submitted.photos).toEqual([{ fileId: photo.fileId, url: expect.stringMatching(/^\/files\//) }]);

  // The other member of the household sees it; another household does not.
  expect((await cloud.ok(li, 'mine', {})).items.map((r) => r.repairId)).toContain(submitted.repairId);
  expect(codeOf(await cloud.call(zhao, 'detail', { repairId: submitted.repairId }))).toBe('REPAIR.NOT_FOUND');

  const wuye = await cloud.staff('wuye');
  const board = await cloud.ok(wuye, 'board', {});
  expect(board.items.map((r) => r.repairId)).toContain(submitted.repairId);
  expect(board.counts.submitted).toBeGreaterThanOrEqual(1);
  const assigned = await cloud.ok(wuye, 'assign', { repairId: submitted.repairId });
  expect(assigned).toMatchObject({ status: 'assigned', assignee: { staffId: 'staff-weixiu', name: '李师傅' } });

  const weixiu = await cloud.staff('weixiu');
  expect((await cloud.ok(weixiu, 'jobs', {})).items.map((r) => r.repairId)).toContain(submitted.repairId);
  expect(codeOf(await cloud.call(weixiu, 'start', { repairId: submitted.repairId }))).toBe('REPAIR.ILLEGAL_TRANSITION');
  expect((await cloud.ok(weixiu, 'accept', { repairId: submitted.repairId })).can).toEqual(['start', 'comment']);
  await cloud.ok(weixiu, 'start', { repairId: submitted.repairId });
  const after = await cloud.files.put(SAMPLE_JPEG, 'staff-weixiu');
  const finished = await cloud.ok(weixiu, 'finish', {
    repairId: submitted.repairId,
    note: '更换了水槽下的软管',
    photoIds: [after.fileId],
  });
  expect(finished).toMatchObject({ status: 'resolved', completion: { note: '更换了水槽下的软管' } });
  await cloud.ok(wuye, 'comment', { repairId: submitted.repairId, text: '住户很满意，回访时再确认' });

  const seen = await cloud.ok(zhang, 'detail', { repairId: submitted.repairId });
  expect(seen.can).toEqual(['confirm', 'reopen']);
  expect(seen.timeline.map((e) => e.action)).toEqual(['submit', 'assign', 'accept', 'start', 'finish']);
  const confirmed = await cloud.ok(zhang, 'confirm', { repairId: submitted.repairId, rating: 5, comment: '很及时' });
  expect(confirmed).toMatchObject({ status: 'confirmed', rating: 5, ratingComment: '很及时', can: ['reopen'] });
  // Staff see their own comment; the household never does.
  const staffView = await cloud.ok(wuye, 'detail', { repairId: submitted.repairId });
  expect(staffView.timeline.map((e) => e.action)).toContain('comment');
});

test('illegal moves and other people change nothing', async () => {
  const { repairId } = await cloud.ok(zhang, 'submit', report());
  const before = JSON.stringify(await doc(repairId));
  const weixiu = await cloud.staff('weixiu');
  const cases = [
    [zhang, 'confirm', { repairId, rating: 5 }, 'REPAIR.ILLEGAL_TRANSITION'],
    [zhang, 'reopen', { repairId, reason: '还是漏' }, 'REPAIR.ILLEGAL_TRANSITION'],
    [zhao, 'cancel', { repairId }, 'REPAIR.NOT_FOUND'],
    [weixiu, 'accept', { repairId }, 'REPAIR.NOT_ASSIGNEE'],
    [await cloud.staff('xingguang'), 'assign', { repairId }, 'REPAIR.NOT_FOUND'],
  ] as const;
  for (const [token, action, input, code] of cases) expect(codeOf(await cloud.call(token, action, input))).toBe(code);
  expect(JSON.stringify(await doc(repairId))).toBe(before);
  expect((await cloud.ok(li, 'cancel', { repairId, reason: '自己修好了' })).status).toBe('cancelled');
  expect(codeOf(await cloud.call(await cloud.staff('wuye'), 'assign', { repairId }))).toBe('REPAIR.ILLEGAL_TRANSITION');
});

test('photos must be the caller own images by their bytes', async () => {
  const count = () => cloud.store.collection(REPAIRS).count({});
  const before = await count();
  const pdf = await cloud.files.put(SAMPLE_PDF, 'demo-owner-zhang').catch((error: { code?: string }) => error);
  expect(pdf).toMatchObject({ code: 'FILE.NOT_IMAGE' });
  const theirs = await cloud.files.put(SAMPLE_JPEG, 'demo-tenant-zhao');
  expect(codeOf(await cloud.call(zhang, 'submit', report({ photoIds: [theirs.fileId] })))).toBe('FILE.NOT_FOUND');
  expect(codeOf(await cloud.call(zhang, 'submit', report({ photoIds: ['no-such-file'] })))).toBe('FILE.NOT_FOUND');
  const ten = Array.from({ length: 10 }, (_, i) => `f${i}`);
  expect(codeOf(await cloud.call(zhang, 'submit', report({ photoIds: ten })))).toBe('VALIDATION.FAILED');
  expect(await count()).toBe(before);
});

test('duplicates merge into an open repair of the same compound; reopening is counted and bounded', async () => {
  const wuye = await cloud.staff('wuye');
  const lift = report({
    category: 'elevator',
    location: { kind: 'public', place: '1栋电梯' },
    description: '1栋电梯按钮失灵',
  });
  const first = await cloud.ok(zhang, 'submit', lift);
  const second = await cloud.ok(zhao, 'submit', lift);
  expect(second.locationLabel).toBe('阳光花园 1栋电梯');
  const merged = await cloud.ok(wuye, 'merge', { repairId: second.repairId, intoId: first.repairId });
  expect(merged).toMatchObject({ status: 'merged', mergedInto: { repairId: first.repairId, number: first.number } });
  expect(codeOf(await cloud.call(wuye, 'merge', { repairId: first.repairId, intoId: second.repairId }))).toBe(
    'REPAIR.MERGE_INVALID',
  );

  await cloud.ok(wuye, 'assign', { repairId: first.repairId, workerId: 'staff-weixiu' });
  const weixiu = await cloud.staff('weixiu');
  await cloud.ok(weixiu, 'accept', { repairId: first.repairId });
  await cloud.ok(weixiu, 'start', { repairId: first.repairId });
  await cloud.ok(weixiu, 'finish', { repairId: first.repairId, note: '更换了按钮面板' });
  const reopened = await cloud.ok(zhang, 'reopen', { repairId: first.repairId, reason: '又坏了' });
  expect(reopened).toMatchObject({ status: 'reopened', reopenCount: 1, assignee: { staffId: 'staff-weixiu' } });

  // Resolved more than 7 days ago: too late to reopen, and the timer confirms it.
  await cloud.ok(wuye, 'assign', { repairId: first.repairId });
  await cloud.ok(weixiu, 'accept', { repairId: first.repairId });
  await cloud.ok(weixiu, 'start', { repairId: first.repairId });
  await cloud.ok(weixiu, 'finish', { repairId: first.repairId, note: '更换了主板' });
  const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
  await cloud.store.collection(REPAIRS).update({ _id: first.repairId }, { set: { resolvedAt: eightDaysAgo } });
  expect(codeOf(await cloud.call(zhang, 'reopen', { repairId: first.repairId, reason: '还是坏' }))).toBe(
    'REPAIR.REOPEN_EXPIRED',
  );
  expect(await cloud.sweep()).toMatchObject({ ok: true, data: { autoConfirmed: 1 } });
  expect((await doc(first.repairId)).status).toBe('confirmed');
});

test('the timer marks repairs past their SLA overdue once, and the board shows them', async () => {
  const { repairId } = await cloud.ok(zhang, 'submit', report({ category: 'doors_windows' }));
  await cloud.store
    .collection(REPAIRS)
    .update({ _id: repairId }, { set: { dueAt: new Date(Date.now() - 60_000).toISOString() } });
  expect(await cloud.sweep()).toMatchObject({ data: { overdue: 1 } });
  expect(await cloud.sweep()).toMatchObject({ data: { overdue: 0 } });
  const board = await cloud.ok(await cloud.staff('wuye'), 'board', { isOverdue: true });
  expect(board.items).toEqual([expect.objectContaining({ repairId, isOverdue: true })]);
  expect(board.overdue).toBe(1);
});

test('auto-dispatch takes on-duty workers in turn and says when nobody is on duty', async () => {
  const weixiu = await cloud.staff('weixiu');
  const wuye = await cloud.staff('wuye');
  await cloud.ok(weixiu, 'duty', { isOnDuty: false });
  const { repairId } = await cloud.ok(zhang, 'submit', report({ category: 'other' }));
  expect(codeOf(await cloud.call(wuye, 'assign', { repairId }))).toBe('REPAIR.NO_WORKER');
  const workers = await cloud.ok(wuye, 'workers', {});
  expect(workers.workers).toEqual([expect.objectContaining({ staffId: 'staff-weixiu', isOnDuty: false })]);
  await cloud.ok(weixiu, 'duty', { isOnDuty: true, skills: ['other'] });
  expect((await cloud.ok(wuye, 'assign', { repairId })).assignee?.staffId).toBe('staff-weixiu');
});

test('managers above the compound see and dispatch by the repair; a duplicate merges by its number', async () => {
  const first = await cloud.ok(
    zhang,
    'submit',
    report({ category: 'public_facility', location: { kind: 'public', place: '东门路灯' } }),
  );
  const second = await cloud.ok(
    zhao,
    'submit',
    report({ category: 'public_facility', location: { kind: 'public', place: '东门路灯' } }),
  );
  const admin = await cloud.staff('admin');
  expect((await cloud.ok(admin, 'detail', { repairId: first.repairId })).can).toEqual(['assign', 'merge', 'comment']);
  const shequ = await cloud.staff('shequ');
  const { workers } = await cloud.ok(shequ, 'workers', { repairId: first.repairId });
  expect(workers.map((w) => w.staffId)).toEqual(['staff-weixiu']);
  expect(codeOf(await cloud.call(shequ, 'workers', {}))).toBe('VALIDATION.FAILED');
  const merged = await cloud.ok(shequ, 'merge', { repairId: second.repairId, intoId: first.number.toLowerCase() });
  expect(merged.mergedInto).toEqual({ repairId: first.repairId, number: first.number });
});

test('a worker reads their own duty settings', async () => {
  const weixiu = await cloud.staff('weixiu');
  await cloud.ok(weixiu, 'duty', { isOnDuty: true, skills: ['elevator', 'other'] });
  expect(await cloud.ok(weixiu, 'myDuty', {})).toMatchObject({
    staffId: 'staff-weixiu',
    isOnDuty: true,
    skills: ['elevator', 'other'],
  });
  expect(codeOf(await cloud.call(await cloud.staff('wuye'), 'myDuty', {}))).toBe('AUTH.FORBIDDEN');
});
