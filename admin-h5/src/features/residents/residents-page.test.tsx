import type { ResidentRow } from '@linli/shared';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { ResidentsPage } from './residents-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const ZHANG: ResidentRow = {
  _id: 'res-zhang',
  name: '张业主',
  phone: '13900000001',
  idNumberMasked: '110***********0011',
  rooms: [{ roomId: 'cpd-1-b1-u1-101', label: '阳光花园 1栋 1单元 101', role: 'owner', status: 'approved' }],
};
const FULL_ID = '110101199003070011';
const WUYE = staffProfile();

function answer(): void {
  mockTransport.mockImplementation(
    cloudAnswering({
      'residents.list': ok({ items: [ZHANG], nextCursor: null }),
      'residents.revealIdNumber': ok({ idNumber: FULL_ID }),
    }),
  );
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(WUYE);
});

afterEach(() => {
  jest.useRealTimers();
});

test('查看身份证 asks for a reason, shows the full number for 30 seconds, then masks it again', async () => {
  jest.useFakeTimers();
  answer();
  render(<ResidentsPage withinId={null} staff={WUYE} />);
  const card = await screen.findByTestId('resident-res-zhang');
  expect(card.textContent).toContain('110***********0011');
  expect(card.textContent).toContain('阳光花园 1栋 1单元 101 · 业主 · 已认证');

  // A keyboard user's button has focus when it is pressed; focus comes back to it when the dialog closes.
  const reveal = within(card).getByRole('button', { name: '查看身份证' });
  reveal.focus();
  fireEvent.click(reveal);
  const dialog = screen.getByRole('dialog', { name: '查看完整身份证号' });
  expect(dialog.textContent).toContain('本次查看将记录查看人、时间和事由');

  fireEvent.change(within(dialog).getByLabelText('查看事由'), { target: { value: '查' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '确认查看' }));
  expect(within(dialog).getByText('请填写查看事由（至少2个字）')).toBeTruthy();
  expect(callNames(mockTransport)).not.toContain('residents.revealIdNumber');

  fireEvent.change(within(dialog).getByLabelText('查看事由'), { target: { value: '核对业主身份' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '确认查看' }));

  await waitFor(() => expect(card.textContent).toContain(FULL_ID));
  expect(screen.queryByRole('dialog')).toBeNull();
  const sent = mockTransport.mock.calls.find(([, event]) => event.action === 'revealIdNumber')?.[1].data;
  expect(sent).toEqual({ residentId: 'res-zhang', reason: '核对业主身份' });
  expect(card.textContent).toContain('30 秒后自动隐藏');
  expect(document.activeElement).toBe(within(card).getByRole('button', { name: '隐藏身份证号' }));

  act(() => jest.advanceTimersByTime(29_000));
  expect(card.textContent).toContain(FULL_ID);
  act(() => jest.advanceTimersByTime(1_000));
  expect(card.textContent).not.toContain(FULL_ID);
  expect(card.textContent).toContain('110***********0011');
});

test('the search box sends the name or phone, narrowed to the chosen node', async () => {
  answer();
  render(<ResidentsPage withinId="cpd-2" staff={WUYE} />);
  await screen.findByTestId('resident-res-zhang');

  fireEvent.change(screen.getByLabelText('搜索居民'), { target: { value: ' 张 ' } });
  fireEvent.click(screen.getByRole('button', { name: '搜索' }));

  await waitFor(() =>
    expect(mockTransport.mock.calls.at(-1)?.[1].data).toEqual({ limit: 20, within: 'cpd-2', q: '张' }),
  );
});

test('grid members see the register but no 查看身份证: the contract keeps reveals to managers', async () => {
  const grid = staffProfile({ roles: ['grid'], scope: SCOPES.community });
  signIn(grid);
  answer();
  render(<ResidentsPage withinId={null} staff={grid} />);

  const card = await screen.findByTestId('resident-res-zhang');
  expect(within(card).queryByRole('button', { name: '查看身份证' })).toBeNull();
});
