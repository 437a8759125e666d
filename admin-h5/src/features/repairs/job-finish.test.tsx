import type { RepairDetail } from '@linli/shared';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { UploadRequest, UploadResponse } from '../../api/upload-transport';
import { cloudAnswering, deferred, fail, ok, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { mockUpload, photoFile, uploaded } from '../../testing/mock-upload';
import { RepairDetailPage } from './repair-detail-page';
import { detail, sentTo } from './repair-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));
jest.mock('../../api/upload-transport', () => jest.requireActual('../../testing/mock-upload'));

const WEIXIU = staffProfile({ _id: 'staff-weixiu', account: 'weixiu', name: '李师傅', roles: ['worker'] });
const ASSIGNEE = { staffId: 'staff-weixiu', name: '李师傅' };
const IN_PROGRESS = detail('r-0001', { status: 'in_progress', assignee: ASSIGNEE, can: ['finish', 'comment'] });
const RESOLVED: RepairDetail = {
  ...IN_PROGRESS,
  status: 'resolved',
  can: ['comment'],
  completion: { note: '更换了接头', photos: [], at: '2026-11-22T08:00:00.000Z' },
};
const PDF = [...'%PDF-1.7 invoice'].map((c) => c.charCodeAt(0));

function openJob() {
  render(<RepairDetailPage repairId="r-0001" withinId={null} back={{ path: '/jobs', label: '我的工单' }} />);
  return screen.findByRole('heading', { level: 1, name: '厨房水管漏水' });
}

function choose(dialog: HTMLElement, files: File[]) {
  fireEvent.change(within(dialog).getByLabelText('添加完工照片'), { target: { files } });
}

function tile(dialog: HTMLElement, n: number): HTMLElement {
  const items = within(within(dialog).getByRole('list', { name: '已选完工照片' })).getAllByRole('listitem');
  const item = items[n - 1];
  if (!item) throw new Error(`no photo ${n}`);
  return item;
}

/** What the worker's phone sent, in order: uploads by file name and calls by action. */
function sequence(): string[] {
  const events: { order: number; name: string }[] = [
    ...mockUpload.mock.calls.map(([request], i) => ({
      order: mockUpload.mock.invocationCallOrder[i] ?? 0,
      name: `upload:${(request.body as File).name}`,
    })),
    ...mockTransport.mock.calls.map(([, event], i) => ({
      order: mockTransport.mock.invocationCallOrder[i] ?? 0,
      name: event.action,
    })),
  ];
  return events.sort((a, b) => a.order - b.order).map((event) => event.name);
}

beforeEach(() => {
  mockTransport.mockReset();
  mockUpload.mockReset();
  window.sessionStorage.clear();
  signIn(WEIXIU, 'worker-token');
});

test('完工 uploads each photo with its progress, refuses a disguised file, then finishes with the ids in order', async () => {
  const slow = deferred<UploadResponse>();
  mockUpload.mockImplementation(async (request: UploadRequest) => {
    const name = (request.body as File).name;
    if (name === 'b.jpg') {
      request.onProgress?.(2, 5);
      return slow.promise;
    }
    return uploaded(`f-${name}`)(request);
  });
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(IN_PROGRESS), 'repair.finish': ok(RESOLVED) }));
  await openJob();

  fireEvent.click(screen.getByRole('button', { name: '完工' }));
  const dialog = screen.getByRole('dialog', { name: '完工' });
  choose(dialog, [photoFile('a.jpg'), photoFile('b.jpg'), photoFile('invoice.jpg', PDF)]);

  await waitFor(() => expect(tile(dialog, 1).textContent).toContain('已上传'));
  expect(within(tile(dialog, 2)).getByRole('progressbar', { name: '第 2 张上传进度' }).getAttribute('value')).toBe(
    '40',
  );
  expect(within(tile(dialog, 3)).getByRole('alert').textContent).toBe('只能上传 JPG、PNG 或 WebP 格式的图片');
  expect(within(dialog).getByRole('group', { name: '完工照片（3/9）' })).toBeTruthy();
  expect(mockUpload.mock.calls.map(([request]) => request.headers.authorization)).toEqual([
    'Bearer worker-token',
    'Bearer worker-token',
  ]);

  fireEvent.change(within(dialog).getByLabelText('维修说明'), { target: { value: '  更换了接头  ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '提交完工' }));
  expect(within(dialog).getByText('照片还在上传，请稍候')).toBeTruthy();

  await act(async () => slow.resolve({ status: 200, body: { ok: true, data: { fileId: 'f-b.jpg' } } }));
  await waitFor(() => expect(tile(dialog, 2).textContent).toContain('已上传'));
  fireEvent.click(within(dialog).getByRole('button', { name: '提交完工' }));
  expect(within(dialog).getByText('有照片上传失败，请重试或移除')).toBeTruthy();
  expect(sentTo('finish')).toEqual([]);

  fireEvent.click(within(dialog).getByRole('button', { name: '移除第 3 张' }));
  fireEvent.click(within(dialog).getByRole('button', { name: '提交完工' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('finish')).toEqual([{ repairId: 'r-0001', note: '更换了接头', photoIds: ['f-a.jpg', 'f-b.jpg'] }]);
  expect(sequence()).toEqual(['detail', 'upload:a.jpg', 'upload:b.jpg', 'finish']);
  expect(screen.getByText('已完工，等待住户确认')).toBeTruthy();
  expect(screen.getByText('待确认', { selector: '.badge' })).toBeTruthy();
});

test('a photo the server refuses shows its message with 重试, which uploads it again', async () => {
  mockUpload
    .mockResolvedValueOnce({ status: 413, body: fail('FILE.TOO_LARGE') })
    .mockImplementationOnce(uploaded('f-retry'));
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(IN_PROGRESS), 'repair.finish': ok(RESOLVED) }));
  await openJob();
  fireEvent.click(screen.getByRole('button', { name: '完工' }));
  const dialog = screen.getByRole('dialog', { name: '完工' });

  choose(dialog, [photoFile('big.jpg')]);
  expect((await within(tile(dialog, 1)).findByRole('alert')).textContent).toBe('图片不能超过 10MB，请压缩后重试');

  fireEvent.click(within(tile(dialog, 1)).getByRole('button', { name: '重试' }));
  await waitFor(() => expect(tile(dialog, 1).textContent).toContain('已上传'));
  fireEvent.change(within(dialog).getByLabelText('维修说明'), { target: { value: '已修好' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '提交完工' }));

  await waitFor(() =>
    expect(sentTo('finish')).toEqual([{ repairId: 'r-0001', note: '已修好', photoIds: ['f-retry'] }]),
  );
});

test('past nine photos the rest are left out and said so; a blank note is pointed out without a call', async () => {
  mockUpload.mockImplementation(async (request) => uploaded(`f-${(request.body as File).name}`)(request));
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(IN_PROGRESS) }));
  await openJob();
  fireEvent.click(screen.getByRole('button', { name: '完工' }));
  const dialog = screen.getByRole('dialog', { name: '完工' });

  choose(
    dialog,
    Array.from({ length: 11 }, (_, i) => photoFile(`p${i}.jpg`)),
  );

  expect(within(dialog).getByText('最多 9 张，另有 2 张未添加')).toBeTruthy();
  await waitFor(() => expect(mockUpload).toHaveBeenCalledTimes(9));
  expect(within(dialog).getByLabelText('添加完工照片')).toHaveProperty('disabled', true);
  fireEvent.click(within(dialog).getByRole('button', { name: '提交完工' }));
  expect(within(dialog).getByText('请填写维修说明')).toBeTruthy();
  expect(sentTo('finish')).toEqual([]);
});

test('a refused finish stays in the dialog with the envelope’s message', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({ 'repair.detail': ok(IN_PROGRESS), 'repair.finish': fail('REPAIR.NOT_ASSIGNEE') }),
  );
  await openJob();
  fireEvent.click(screen.getByRole('button', { name: '完工' }));
  const dialog = screen.getByRole('dialog', { name: '完工' });

  fireEvent.change(within(dialog).getByLabelText('维修说明'), { target: { value: '已修好' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '提交完工' }));

  expect((await within(dialog).findByRole('alert')).textContent).toContain('这不是派给您的工单');
  expect(within(dialog).getByRole('button', { name: '提交完工' })).toHaveProperty('disabled', false);
});

test('接单 then 开始维修 are one tap each, the buttons following the answer', async () => {
  const assigned = detail('r-0001', { status: 'assigned', assignee: ASSIGNEE, can: ['accept', 'comment'] });
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.detail': ok(assigned),
      'repair.accept': ok({ ...assigned, can: ['start', 'comment'] }),
      'repair.start': ok(IN_PROGRESS),
    }),
  );
  await openJob();

  fireEvent.click(screen.getByRole('button', { name: '接单' }));
  fireEvent.click(await screen.findByRole('button', { name: '开始维修' }));
  await screen.findByRole('button', { name: '完工' });

  expect(sentTo('accept')).toEqual([{ repairId: 'r-0001' }]);
  expect(sentTo('start')).toEqual([{ repairId: 'r-0001' }]);
  expect(screen.getByText('已开始维修')).toBeTruthy();
});
