import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readSession } from './api/session';
import { App } from './app';
import { callNames, fail, ok, signIn } from './testing/fake-cloud';
import { mockTransport } from './testing/mock-transport';
import { answer, LOGIN_OK, logIn, startSignedOut, WUYE } from './testing/shell-kit';

jest.mock('./api/fetch-transport', () => jest.requireActual('./testing/mock-transport'));

// The console shell: signing in and out, and what happens when the session ends.
beforeEach(startSignedOut);

test('signed out, any page sends the person to login and remembers where they were going', async () => {
  answer();
  window.location.hash = '#/rooms';
  render(<App />);

  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('工作人员登录');
  await waitFor(() => expect(window.location.hash).toBe('#/login?next=%2Frooms'));
  expect(screen.queryByRole('navigation', { name: '主导航' })).toBeNull();
  expect(document.title).toBe('登录 · 邻里·物业管理后台');
});

test('a good login stores token, expiry and profile, then opens the page the person asked for', async () => {
  answer({ 'auth.staffLogin': ok(LOGIN_OK), 'places.rooms': ok({ items: [], nextCursor: null }) });
  window.location.hash = '#/login?next=%2Frooms';
  render(<App />);

  logIn('wuye', 'Linli2026');

  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('房屋'));
  expect(mockTransport).toHaveBeenCalledWith('auth', {
    action: 'staffLogin',
    data: { account: 'wuye', password: 'Linli2026' },
  });
  expect(readSession()).toMatchObject({ token: 'fresh-token', expiresAt: LOGIN_OK.expiresAt, staff: WUYE });
  expect(window.location.hash).toBe('#/rooms');
  const banner = screen.getByRole('banner');
  expect(banner.textContent).toContain('孙物业');
  expect(banner.textContent).toContain('物业 · 阳光花园');
  // Later calls carry the new token.
  await waitFor(() => expect(callNames(mockTransport)).toContain('places.rooms'));
  const roomsCall = mockTransport.mock.calls.find(([fn, event]) => fn === 'places' && event.action === 'rooms');
  expect(roomsCall?.[1].token).toBe('fresh-token');
});

test("a refused login shows the envelope's message and keeps the person signed out", async () => {
  answer({ 'auth.staffLogin': fail('AUTH.BAD_CREDENTIALS') });
  render(<App />);

  logIn('wuye', 'wrong-password');

  expect((await screen.findByRole('alert')).textContent).toBe('账号或密码错误');
  expect(readSession()).toBeNull();
  expect((screen.getByLabelText('密码') as HTMLInputElement).value).toBe('');

  answer({ 'auth.staffLogin': fail('AUTH.LOCKED') });
  logIn('wuye', 'wrong-again');
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('密码错误次数过多，请15分钟后再试'));
});

test('blank fields are pointed out without calling the server', () => {
  answer();
  render(<App />);
  fireEvent.click(screen.getByRole('button', { name: '登录' }));

  expect(screen.getByText('请输入账号')).toBeTruthy();
  expect(screen.getByText('请输入密码')).toBeTruthy();
  expect(screen.getByLabelText('账号').getAttribute('aria-invalid')).toBe('true');
  expect(callNames(mockTransport)).not.toContain('auth.staffLogin');
});

test('a call answered UNAUTHENTICATED ends the session and returns to login with a reason', async () => {
  signIn(WUYE, 'revoked-token');
  answer({ 'auth.me': fail('AUTH.UNAUTHENTICATED'), 'places.rooms': fail('AUTH.UNAUTHENTICATED') });
  window.location.hash = '#/rooms';
  render(<App />);

  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('工作人员登录'));
  expect(readSession()).toBeNull();
  expect(screen.getByText('登录已过期，请重新登录').getAttribute('role')).toBe('status');
  await waitFor(() => expect(window.location.hash).toBe('#/login?next=%2Frooms'));
});

test('退出登录 revokes the session on the server, then signs out locally', async () => {
  signIn(WUYE, 'my-token');
  answer();
  render(<App />);

  fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: '退出登录' }));

  await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('工作人员登录'));
  expect(mockTransport).toHaveBeenCalledWith('auth', { action: 'logout', data: {}, token: 'my-token' });
  expect(readSession()).toBeNull();
  expect(window.location.hash).toBe('#/login');
});
