import { clearSession, readSession, SESSION_KEY, saveSession, sessionToken, subscribeSession } from './session';

beforeEach(() => {
  window.sessionStorage.clear();
});

test('no stored session means no token', () => {
  expect(readSession()).toBeNull();
  expect(sessionToken()).toBeNull();
});

test('a saved session is read back, announced, and cleared', () => {
  const seen: unknown[] = [];
  const unsubscribe = subscribeSession((session) => seen.push(session));

  saveSession({ token: 'staff-token' });
  expect(sessionToken()).toBe('staff-token');
  expect(JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? 'null')).toEqual({ token: 'staff-token' });

  clearSession();
  expect(sessionToken()).toBeNull();
  unsubscribe();
  saveSession({ token: 'later' });

  expect(seen).toEqual([{ token: 'staff-token' }, null]);
});

test('a corrupt or foreign stored value is discarded rather than sent as a token', () => {
  for (const raw of ['{not json', '{"token":""}', '{"user":"x"}']) {
    window.sessionStorage.setItem(SESSION_KEY, raw);
    expect(readSession()).toBeNull();
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBeNull();
  }
});
