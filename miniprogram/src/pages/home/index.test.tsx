import { createClient, type Transport } from '@linli/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import HomePage from './index';

// The page gets a real typed client (so envelopes are validated as in the app) over a transport the test drives.
const mockTransport = jest.fn<ReturnType<Transport>, Parameters<Transport>>();
jest.mock('../../services/call', () => ({
  call: createClient({ transport: (fn, event) => mockTransport(fn, event) }),
}));

const PING_OK = {
  ok: true,
  data: { pong: true, echo: null, serverTime: '2026-11-22T05:00:00.000Z', caller: 'anonymous' },
};
const VERSION_OK = {
  ok: true,
  data: { version: '0.1.0', runtime: 'local', store: 'sqlite', builtAt: '2026-11-22T04:00:00.000Z' },
};
const UNAVAILABLE = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: '服务暂时不可用，请稍后再试', requestId: 'req-1' },
};

function answerWith(answers: { ping: unknown; version: unknown }) {
  mockTransport.mockImplementation(async (_fn, event) => (event.action === 'ping' ? answers.ping : answers.version));
}

function pingCalls(): number {
  return mockTransport.mock.calls.filter(([fn, event]) => fn === 'system' && event.action === 'ping').length;
}

beforeEach(() => {
  mockTransport.mockReset();
});

describe('home page', () => {
  it('pings the system function on load and shows the server time in Beijing time', async () => {
    answerWith({ ping: PING_OK, version: VERSION_OK });
    render(<HomePage />);

    expect(screen.getByText('邻里')).toBeTruthy();
    expect(await screen.findByText('服务连接正常')).toBeTruthy();
    expect(screen.getByText(/2026-11-22 13:00:00/)).toBeTruthy();
    expect(screen.getByText('服务版本：0.1.0')).toBeTruthy();
    expect(document.getElementById('ping-status')?.getAttribute('data-state')).toBe('ok');
    expect(mockTransport).toHaveBeenCalledWith('system', { action: 'ping', data: {} });
    expect(screen.queryByText('重试')).toBeNull();
  });

  it('shows the server message and a retry button when the service is down, and retrying calls again', async () => {
    answerWith({ ping: UNAVAILABLE, version: UNAVAILABLE });
    render(<HomePage />);

    expect(await screen.findByText('暂时连不上服务')).toBeTruthy();
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    expect(screen.getByText('服务版本：暂时无法获取')).toBeTruthy();
    expect(pingCalls()).toBe(1);

    answerWith({ ping: PING_OK, version: VERSION_OK });
    await act(async () => {
      fireEvent.click(screen.getByText('重试'));
    });

    await waitFor(() => expect(pingCalls()).toBe(2));
    expect(await screen.findByText('服务连接正常')).toBeTruthy();
    expect(screen.getByText('服务版本：0.1.0')).toBeTruthy();
  });

  it('treats a network failure as the service being unavailable', async () => {
    mockTransport.mockRejectedValue(new Error('socket hang up'));
    render(<HomePage />);

    expect(await screen.findByText('暂时连不上服务')).toBeTruthy();
    expect(screen.getByText('服务暂时不可用，请稍后再试')).toBeTruthy();
  });

  it('refuses a reply that breaks the contract instead of showing it', async () => {
    answerWith({ ping: { ok: true, data: { pong: true, serverTime: 'yesterday' } }, version: VERSION_OK });
    render(<HomePage />);

    expect(await screen.findByText('暂时连不上服务')).toBeTruthy();
    expect(screen.getByText('系统开小差了，请稍后再试')).toBeTruthy();
    expect(screen.queryByText(/yesterday/)).toBeNull();
  });
});
