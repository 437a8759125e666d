import { ERRORS, type ErrorCode, type FieldIssue, type StaffProfile } from '@linli/shared';
import { saveSession } from '../api/session';

/**
 * Test doubles at the transport level: component tests keep the real client (envelope validation, the session
 * token, the UNAUTHENTICATED handling in `api/call`) and script only what the cloud answers, through the
 * `mockTransport` of `./mock-transport`.
 */
export interface SentEvent {
  action: string;
  data: unknown;
  token?: string;
}

export type Answer = (data: never, event: SentEvent) => unknown;

export function ok(data: unknown) {
  return { ok: true, data };
}

export function fail(code: ErrorCode, options: { message?: string; issues?: FieldIssue[] } = {}) {
  const error = { code, message: options.message ?? ERRORS[code].message, requestId: 'req-test' };
  return { ok: false, error: options.issues ? { ...error, issues: options.issues } : error };
}

/**
 * A transport answering `fn.action` from a table of envelopes (or functions returning one); anything else is
 * FN.UNKNOWN_ACTION so a test notices a call it did not expect.
 */
export function cloudAnswering(answers: Record<string, unknown | Answer>) {
  return async (fn: string, event: SentEvent): Promise<unknown> => {
    const answer = answers[`${fn}.${event.action}`];
    if (answer === undefined) return fail('FN.UNKNOWN_ACTION');
    return typeof answer === 'function' ? (answer as Answer)(event.data as never, event) : answer;
  };
}

/** The calls made, as `fn.action`, for asserting which ones happened. */
export function callNames(mock: jest.Mock<Promise<unknown>, [string, SentEvent]>): string[] {
  return mock.mock.calls.map(([fn, event]) => `${fn}.${event.action}`);
}

export function staffProfile(overrides: Partial<StaffProfile> = {}): StaffProfile {
  return {
    _id: 'staff-wuye',
    account: 'wuye',
    name: '孙物业',
    phone: '13800000004',
    roles: ['property'],
    scope: { placeId: 'cpd-1', label: '阳光花园', path: ['dist-1', 'str-1', 'com-1', 'cpd-1'] },
    disabled: false,
    ...overrides,
  };
}

export const SCOPES = {
  platform: null,
  street: { placeId: 'str-1', label: '城关街道', path: ['dist-1', 'str-1'] },
  community: { placeId: 'com-1', label: '江南社区', path: ['dist-1', 'str-1', 'com-1'] },
  compound: { placeId: 'cpd-1', label: '阳光花园', path: ['dist-1', 'str-1', 'com-1', 'cpd-1'] },
} as const satisfies Record<string, StaffProfile['scope']>;

/** Signs a staff member in as the login page would, with a token valid for the next hour. */
export function signIn(staff: StaffProfile = staffProfile(), token = 'staff-token'): void {
  saveSession({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), staff, within: null });
}

/** A promise the test settles itself, to look at the screen while a call is in flight. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
