import { act, renderHook } from '@testing-library/react';
import { SCOPES, staffProfile } from '../testing/fake-cloud';
import {
  clearSession,
  readSession,
  SESSION_KEY,
  saveSession,
  sessionToken,
  setWithin,
  subscribeSession,
  takeSessionEnd,
  useSession,
} from './session';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

beforeEach(() => {
  window.sessionStorage.clear();
  takeSessionEnd();
});

test('no stored session means no token', () => {
  expect(readSession()).toBeNull();
  expect(sessionToken()).toBeNull();
});

test('a saved session is read back with its profile, announced, and cleared', () => {
  const seen: unknown[] = [];
  const unsubscribe = subscribeSession((session) => seen.push(session?.token ?? null));

  saveSession({ token: 'staff-token', expiresAt: inAnHour(), staff: staffProfile() });
  expect(sessionToken()).toBe('staff-token');
  expect(readSession()?.staff.name).toBe('孙物业');
  expect(readSession()?.within).toBeNull();
  expect(JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? 'null')).toMatchObject({ token: 'staff-token' });

  clearSession();
  expect(sessionToken()).toBeNull();
  unsubscribe();
  saveSession({ token: 'later', expiresAt: inAnHour(), staff: staffProfile() });

  expect(seen).toEqual(['staff-token', null]);
});

test('a corrupt, foreign or expired stored value is discarded rather than sent as a token', () => {
  const expired = { token: 't', expiresAt: new Date(Date.now() - 1000).toISOString(), staff: staffProfile() };
  for (const raw of ['{not json', '{"token":""}', '{"token":"x"}', JSON.stringify(expired)]) {
    window.sessionStorage.setItem(SESSION_KEY, raw);
    expect(readSession()).toBeNull();
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBeNull();
  }
  expect(takeSessionEnd()).toBe('expired');
  expect(takeSessionEnd()).toBeNull();
});

test('useSession re-renders on a narrowed scope and keeps the same object while nothing changed', () => {
  saveSession({
    token: 't',
    expiresAt: inAnHour(),
    staff: staffProfile({ roles: ['community'], scope: SCOPES.community }),
  });
  const { result, rerender } = renderHook(() => useSession());
  const first = result.current;
  rerender();
  expect(result.current).toBe(first);

  act(() => setWithin({ placeId: 'cpd-2', label: '锦绣苑' }));
  expect(result.current?.within).toEqual({ placeId: 'cpd-2', label: '锦绣苑' });
  expect(result.current?.token).toBe('t');

  act(() => clearSession('expired'));
  expect(result.current).toBeNull();
});
