import { act, fireEvent, screen } from '@testing-library/react';
import { readSession, takeSessionEnd } from '../api/session';
import { cloudAnswering, fail, ok, type SentEvent, staffProfile } from './fake-cloud';
import { mockTransport } from './mock-transport';

/**
 * What the console-shell tests (`app*.test.tsx`) share: a property manager, the shell's own calls answered, and the
 * moves a person makes (go to an address, log in). Each test file still wires the transport mock itself and calls
 * `startSignedOut` before each test.
 */
export const WUYE = staffProfile();
export const LOGIN_OK = { token: 'fresh-token', expiresAt: '2099-01-01T00:00:00.000Z', staff: WUYE };

export function goTo(hash: string): void {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

export function answer(extra: Record<string, unknown> = {}): void {
  mockTransport.mockImplementation(
    cloudAnswering({
      // The dashboard's cards are tested on their own; here their calls stay in flight so they never update after
      // a test ends. A test that opens a page answers that page's calls itself.
      'system.ping': () => new Promise(() => {}),
      'system.version': () => new Promise(() => {}),
      'membership.queue': () => new Promise(() => {}),
      'repair.board': () => new Promise(() => {}),
      'repair.jobs': () => new Promise(() => {}),
      'door.devices': () => new Promise(() => {}),
      'auth.me': (_data: never, event: SentEvent) =>
        event.token ? ok({ kind: 'staff', staff: readSession()?.staff }) : fail('AUTH.UNAUTHENTICATED'),
      'auth.logout': ok({ loggedOut: true }),
      ...extra,
    }),
  );
}

export function navLabels(): string[] {
  const nav = screen.getByRole('navigation', { name: '主导航' });
  return [...nav.querySelectorAll('a')].map((link) => link.textContent ?? '');
}

export function logIn(account: string, password: string): void {
  fireEvent.change(screen.getByLabelText('账号'), { target: { value: account } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

/** No session, no leftover session-end reason, no hash: each test starts at the door. */
export function startSignedOut(): void {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  takeSessionEnd();
  window.location.hash = '';
}
