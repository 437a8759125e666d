import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, fail, ok, signIn, staffProfile } from '../../testing/fake-cloud';
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

test('在岗 and 休息 send the duty with the ticked categories; all ticked is sent as none (every category)', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.jobs': ok({ items: [], nextCursor: null }),
      'repair.duty': (data: { isOnDuty: boolean; skills: string[] }) =>
        duty(data.isOnDuty, data.skills.length ? data.skills : ALL),
    }),
  );
  render(<JobsPage />);
  await screen.findByText('手上没有待处理的工单。');
  expect(screen.getByText('本次登录尚未设置，派单以上次设置为准')).toBeTruthy();
  expect(screen.getByRole('button', { name: '在岗' }).getAttribute('aria-pressed')).toBe('false');

  fireEvent.click(screen.getByRole('button', { name: '保存接单类别' }));
  expect(screen.getByText('请先选择在岗或休息')).toBeTruthy();
  expect(sentTo('duty')).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: '在岗' }));
  await waitFor(() => expect(screen.getByRole('button', { name: '在岗' }).getAttribute('aria-pressed')).toBe('true'));
  expect(screen.getByText('在岗，可自动派单 · 手上 1 单')).toBeTruthy();

  fireEvent.click(screen.getByLabelText('电梯'));
  fireEvent.click(screen.getByLabelText('绿化保洁'));
  fireEvent.click(screen.getByRole('button', { name: '休息' }));
  await waitFor(() => expect(screen.getByText('休息中，不会自动派单 · 手上 1 单')).toBeTruthy());

  expect(sentTo('duty')).toEqual([
    { isOnDuty: true, skills: [] },
    { isOnDuty: false, skills: ['water_electric', 'doors_windows', 'public_facility', 'other'] },
  ]);
  expect((screen.getByLabelText('电梯') as HTMLInputElement).checked).toBe(false);
});

test('no category ticked is pointed out without a call; a refused duty shows the envelope’s message', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({ 'repair.jobs': ok({ items: [], nextCursor: null }), 'repair.duty': fail('AUTH.FORBIDDEN') }),
  );
  render(<JobsPage />);
  await screen.findByText('手上没有待处理的工单。');

  for (const label of ['水电', '门窗', '电梯', '公共设施', '绿化保洁', '其他'])
    fireEvent.click(screen.getByLabelText(label));
  fireEvent.click(screen.getByRole('button', { name: '在岗' }));
  expect(screen.getByText('请至少选择一个接单类别')).toBeTruthy();
  expect(sentTo('duty')).toEqual([]);

  fireEvent.click(screen.getByLabelText('水电'));
  fireEvent.click(screen.getByRole('button', { name: '在岗' }));
  expect((await screen.findByRole('alert')).textContent).toContain('没有权限执行此操作');
});
