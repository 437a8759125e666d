import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ServiceStatusCard } from './service-status-card';

type SentEvent = { action: string; data: unknown; token?: string };
const mockTransport = jest.fn<Promise<unknown>, [string, SentEvent]>();

// The real shared client over a scripted transport: the card sees exactly what it would get from a live envelope.
jest.mock('../../api/call', () => {
  const { contracts, createClient } = jest.requireActual<typeof import('@linli/shared')>('@linli/shared');
  return { call: createClient({ contracts, transport: (fn, event) => mockTransport(fn, event) }) };
});

const PING = { pong: true, echo: null, serverTime: '2026-11-22T05:00:00.000Z', caller: 'anonymous' };
const VERSION = { version: '0.1.0', runtime: 'local', store: 'sqlite', builtAt: 'x' };

function answerHealthy(): void {
  mockTransport.mockImplementation(async (_fn, event) => ({
    ok: true,
    data: event.action === 'ping' ? PING : VERSION,
  }));
}

function statusText(): string {
  return document.getElementById('ping-status')?.textContent ?? '';
}

beforeEach(() => {
  mockTransport.mockReset();
});

test('a healthy service shows 服务连接正常, the Shanghai server time and the build', async () => {
  answerHealthy();
  render(<ServiceStatusCard />);

  await waitFor(() => expect(statusText()).toBe('服务连接正常'));
  expect(screen.getByText('2026-11-22 13:00:00')).toBeTruthy();
  expect(screen.getByText('0.1.0')).toBeTruthy();
  expect(screen.getByText('本地服务')).toBeTruthy();
  expect(screen.getByText('本地数据库（SQLite）')).toBeTruthy();
  expect(mockTransport).toHaveBeenCalledWith('system', { action: 'ping', data: {} });
  expect(mockTransport).toHaveBeenCalledWith('system', { action: 'version', data: {} });
});

test('while the calls are in flight the status says it is checking', () => {
  mockTransport.mockImplementation(() => new Promise(() => {}));
  render(<ServiceStatusCard />);

  expect(statusText()).toBe('正在检查服务连接…');
  expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
});

test("a failed call shows the envelope's own message, and 重试 calls again until it works", async () => {
  mockTransport.mockImplementation(async (_fn, event) =>
    event.action === 'ping'
      ? { ok: false, error: { code: 'RATE.LIMITED', message: '系统维护中，请十分钟后再试', requestId: 'req-42' } }
      : { ok: true, data: VERSION },
  );
  render(<ServiceStatusCard />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('系统维护中，请十分钟后再试');
  expect(alert.textContent).toContain('req-42');
  expect(statusText()).toBe('服务连接异常');
  expect(screen.queryByText('0.1.0')).toBeNull();

  answerHealthy();
  const callsBefore = mockTransport.mock.calls.length;
  fireEvent.click(screen.getByRole('button', { name: '重试' }));

  expect(document.activeElement?.textContent).toBe('服务状态');
  await waitFor(() => expect(statusText()).toBe('服务连接正常'));
  expect(mockTransport.mock.calls.length).toBe(callsBefore + 2);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('an unreachable service shows the UNAVAILABLE message', async () => {
  mockTransport.mockRejectedValue(new TypeError('Failed to fetch'));
  render(<ServiceStatusCard />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('服务暂时不可用，请稍后再试');
  expect(alert.textContent).not.toContain('请求编号');
});
