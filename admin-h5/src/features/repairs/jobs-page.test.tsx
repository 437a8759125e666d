import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, deferred, fail, ok, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { JobsPage } from './jobs-page';
import { hoursFromNow, sentTo, summary } from './repair-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const WEIXIU = staffProfile({ _id: 'staff-weixiu', account: 'weixiu', name: '李师傅', roles: ['worker'] });
const ASSIGNEE = { staffId: 'staff-weixiu', name: '李师傅' };
const OPEN_JOB = summary('r-0001', {
  status: 'assigned',
  assignee: ASSIGNEE,
  dueAt: hoursFromNow(-2.2),
  isOverdue: true,
});
const DONE_JOB = summary('r-0002', { status: 'confirmed', assignee: ASSIGNEE, title: '门锁更换', rating: 5 });
const ALL = ['water_electric', 'doors_windows', 'elevator', 'public_facility', 'greening_cleaning', 'other'] as const;

function checkedLabels(): string[] {
  const group = screen.getByRole('group', { name: '接单类别' });
  return within(group)
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.closest('label')?.textContent ?? '');
}

function duty(isOnDuty: boolean, skills: readonly string[] = ALL) {
  return ok({ staffId: 'staff-weixiu', name: '李师傅', phone: '13800000005', isOnDuty, skills, openJobs: 1 });
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(WEIXIU);
});

test('open jobs first, late ones in red, each opening the job page; 已完工 lists finished ones', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.jobs': (data: { isOpen: boolean }) =>
        ok({ items: data.isOpen ? [OPEN_JOB] : [DONE_JOB], nextCursor: null }),
      'repair.myDuty': duty(true),
    }),
  );
  render(<JobsPage />);

  const job = await screen.findByTestId('repair-r-0001');
  expect(job.className).toContain('repair-card--overdue');
  expect(job.textContent).toContain('已超时 2 小时');
  expect(job.textContent).toContain('已派单');
  expect(within(job).getByRole('link').getAttribute('href')).toBe('#/jobs/r-0001');
  expect(sentTo('jobs')).toEqual([{ isOpen: true, limit: 20 }]);

  fireEvent.click(screen.getByRole('tab', { name: '已完工' }));
  const done = await screen.findByTestId('repair-r-0002');
  expect(done.textContent).toContain('5 星');
  expect(sentTo('jobs').at(-1)).toEqual({ isOpen: false, limit: 20 });
});

test('opens on the worker’s own setting: 休息, two categories and the jobs in hand, read before any tap', async () => {
  const read = deferred<unknown>();
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.jobs': ok({ items: [], nextCursor: null }),
      'repair.myDuty': () => read.promise,
    }),
  );
  render(<JobsPage />);
  await screen.findByText('手上没有待处理的工单。');
  expect(screen.getByText('正在读取接单状态…')).toBeTruthy();
  // Nothing can be saved over a setting not yet shown.
  expect(screen.getByRole('button', { name: '在岗' })).toHaveProperty('disabled', true);
  expect(screen.getByLabelText('电梯').matches(':disabled')).toBe(true);

  read.resolve(duty(false, ['elevator', 'other']));
  expect(await screen.findByText('休息中，不会自动派单 · 手上 1 单')).toBeTruthy();
  expect(screen.getByRole('button', { name: '休息' }).getAttribute('aria-pressed')).toBe('true');
  expect(screen.getByRole('button', { name: '在岗' }).getAttribute('aria-pressed')).toBe('false');
  expect(checkedLabels()).toEqual(['电梯', '其他']);
  expect(sentTo('myDuty')).toEqual([{}]);
  expect(sentTo('duty')).toEqual([]);
});

test('在岗 and 休息 send the duty with the ticked categories; all ticked is sent as none (every category)', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.jobs': ok({ items: [], nextCursor: null }),
      'repair.myDuty': duty(false),
      'repair.duty': (data: { isOnDuty: boolean; skills: string[] }) =>
        duty(data.isOnDuty, data.skills.length ? data.skills : ALL),
    }),
  );
  render(<JobsPage />);
  expect(await screen.findByText('休息中，不会自动派单 · 手上 1 单')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '在岗' }));
  await waitFor(() => expect(screen.getByRole('button', { name: '在岗' }).getAttribute('aria-pressed')).toBe('true'));
  expect(screen.getByText('在岗，可自动派单 · 手上 1 单')).toBeTruthy();

  fireEvent.click(screen.getByLabelText('绿化保洁'));
  fireEvent.click(screen.getByLabelText('电梯'));
  fireEvent.click(screen.getByLabelText('电梯'));
  fireEvent.click(screen.getByLabelText('电梯'));
  fireEvent.click(screen.getByRole('button', { name: '保存接单类别' }));
  await waitFor(() => expect(screen.getByRole('button', { name: '保存接单类别' })).toHaveProperty('disabled', false));
  fireEvent.click(screen.getByRole('button', { name: '休息' }));
  await waitFor(() => expect(screen.getByText('休息中，不会自动派单 · 手上 1 单')).toBeTruthy());

  expect(sentTo('duty')).toEqual([
    { isOnDuty: true, skills: [] },
    { isOnDuty: true, skills: ['water_electric', 'doors_windows', 'public_facility', 'other'] },
    { isOnDuty: false, skills: ['water_electric', 'doors_windows', 'public_facility', 'other'] },
  ]);
  expect(checkedLabels()).toEqual(['水电', '门窗', '公共设施', '其他']);
});

test('an unread setting says so with 重试; until then 保存接单类别 asks for 在岗 or 休息 first', async () => {
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.jobs': ok({ items: [], nextCursor: null }),
      'repair.myDuty': () => {
        reads += 1;
        return reads === 1 ? fail('UNAVAILABLE') : duty(true, ['water_electric']);
      },
    }),
  );
  render(<JobsPage />);
  expect((await screen.findByRole('alert')).textContent).toContain('服务暂时不可用，请稍后再试');
  expect(screen.getByText('未能读取接单状态，可重试，或直接选择在岗或休息')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '保存接单类别' }));
  expect(screen.getByText('请先选择在岗或休息')).toBeTruthy();
  expect(sentTo('duty')).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('在岗，可自动派单 · 手上 1 单')).toBeTruthy();
  expect(checkedLabels()).toEqual(['水电']);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('no category ticked is pointed out without a call; a refused duty shows the envelope’s message', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.jobs': ok({ items: [], nextCursor: null }),
      'repair.myDuty': duty(true),
      'repair.duty': fail('AUTH.FORBIDDEN'),
    }),
  );
  render(<JobsPage />);
  await screen.findByText('在岗，可自动派单 · 手上 1 单');

  for (const label of ['水电', '门窗', '电梯', '公共设施', '绿化保洁', '其他'])
    fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: '在岗' }));
  expect(screen.getByText('请至少选择一个接单类别')).toBeTruthy();
  expect(sentTo('duty')).toEqual([]);

  fireEvent.click(screen.getByLabelText('水电'));
  fireEvent.click(screen.getByRole('button', { name: '在岗' }));
  expect((await screen.findByRole('alert')).textContent).toContain('没有权限执行此操作');
  expect(sentTo('duty')).toEqual([{ isOnDuty: true, skills: ['water_electric'] }]);
});
