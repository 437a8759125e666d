import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { answer, filterBy, logCalls, openPage, WUYE } from './access-log-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(WUYE);
});

test('the door filter lists the doors of the controllers in scope and sends the picked door', async () => {
  answer();
  await openPage('cpd-1');

  const select = screen.getByLabelText('门');
  const group = within(select).getByRole('group', { name: '阳光花园 · 小区大门' });
  expect(
    within(group)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['南门', '北门']);
  const devicesCall = mockTransport.mock.calls.find(([, event]) => event.action === 'devices');
  expect(devicesCall?.[1].data).toEqual({ within: 'cpd-1' });

  await filterBy({ 门: 'dev-cpd-1-gate-2' });

  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50, within: 'cpd-1', doorId: 'dev-cpd-1-gate-2' }));
});

test.each([
  ['方式', '刷卡', { method: 'card' }],
  ['方式', '访客', { method: 'visitor' }],
  ['结果', '设备超时', { result: 'timeout' }],
  ['结果', '无权限', { result: 'denied' }],
])('the %s filter 「%s」 is sent as %o', async (label, optionText, sent) => {
  answer();
  await openPage();

  const option = within(screen.getByLabelText(label)).getByRole('option', { name: optionText });
  await filterBy({ [label]: option.getAttribute('value') ?? '' });

  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50, ...sent }));
});

test('every method and result is offered in Chinese', async () => {
  answer();
  await openPage();

  const texts = (label: string) =>
    within(screen.getByLabelText(label))
      .getAllByRole('option')
      .map((option) => option.textContent);
  expect(texts('方式')).toEqual(['全部方式', '小程序', '访客', '人脸', '刷卡', '密码', '其他']);
  expect(texts('结果')).toEqual(['全部结果', '已开门', '设备离线', '设备超时', '设备拒绝', '无权限']);
});

test('a time window typed in Beijing time is sent as UTC, across midnight; 清除筛选 drops every filter', async () => {
  answer();
  await openPage();

  await filterBy({ 开始时间: '2026-11-22T07:30', 结束时间: '2026-11-23T00:15', 结果: 'offline' });

  await waitFor(() =>
    expect(logCalls().at(-1)).toEqual({
      limit: 50,
      result: 'offline',
      from: '2026-11-21T23:30:00.000Z',
      to: '2026-11-22T16:15:00.000Z',
    }),
  );
  // Folded away on a phone, the panel still says filters are in force.
  expect(screen.getByText('筛选（已选 3 项）')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50 }));
  expect((screen.getByLabelText('开始时间') as HTMLInputElement).value).toBe('');
  expect((screen.getByLabelText('结果') as HTMLSelectElement).value).toBe('');
  expect(screen.getByText('筛选')).toBeTruthy();
});

test('only one end of the window may be given', async () => {
  answer();
  await openPage();

  await filterBy({ 结束时间: '2026-11-22T08:00' });

  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50, to: '2026-11-22T00:00:00.000Z' }));
});

test('a window that ends before it starts is pointed out beside 结束时间 without a call', async () => {
  answer();
  await openPage();

  await filterBy({ 开始时间: '2026-11-22T08:00', 结束时间: '2026-11-22T08:00' });

  expect(screen.getByText('结束时间须晚于开始时间')).toBeTruthy();
  expect(screen.getByLabelText('结束时间').getAttribute('aria-invalid')).toBe('true');
  expect(logCalls()).toHaveLength(1);
});
