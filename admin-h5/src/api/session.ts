import { ZId, ZStaffProfile } from '@linli/shared';
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

/**
 * The staff session lives in sessionStorage, not localStorage: consoles are often opened on shared front-desk
 * devices, and a token that dies with the tab limits what a forgotten login can do.
 */
export const SESSION_KEY = 'linli.staff.session';

/** A node the staff member narrowed their lists to with the scope switcher; null means their whole scope. */
export const ZWithin = z.object({ placeId: ZId, label: z.string().min(1) });
export type Within = z.infer<typeof ZWithin>;

export const ZStaffSession = z.object({
  token: z.string().min(1),
  expiresAt: z.iso.datetime(),
  staff: ZStaffProfile,
  within: ZWithin.nullable().default(null),
});
export type StaffSession = z.infer<typeof ZStaffSession>;
export type NewStaffSession = z.input<typeof ZStaffSession>;

/** Why the last session ended, so the login page can say so; read once. */
export type SessionEnd = 'expired' | 'password-changed';

type Listener = (session: StaffSession | null) => void;
const listeners = new Set<Listener>();

/** Parsed once per stored value: `useSyncExternalStore` needs the same object back while nothing changed. */
let cache: { raw: string; session: StaffSession } | null = null;
let endReason: SessionEnd | null = null;

function storage(): Storage | null {
  // Storage access throws in some privacy modes; the console then simply runs without a remembered session.
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readSession(now: number = Date.now()): StaffSession | null {
  const raw = storage()?.getItem(SESSION_KEY);
  if (!raw) return null;
  const session = cache?.raw === raw ? cache.session : parse(raw);
  if (session && Date.parse(session.expiresAt) > now) {
    cache = { raw, session };
    return session;
  }
  // A foreign, corrupt or expired value is dropped rather than sent as a token.
  if (session) endReason = 'expired';
  storage()?.removeItem(SESSION_KEY);
  return null;
}

function parse(raw: string): StaffSession | null {
  try {
    const parsed = ZStaffSession.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSession(session: NewStaffSession): StaffSession {
  const valid = ZStaffSession.parse(session);
  storage()?.setItem(SESSION_KEY, JSON.stringify(valid));
  endReason = null;
  notify(readSession());
  return valid;
}

/** Applies a change to the signed-in session (a refreshed profile, a new `within`); nothing when signed out. */
export function updateSession(change: (session: StaffSession) => StaffSession): void {
  const current = readSession();
  if (!current) return;
  const next = change(current);
  if (next !== current) saveSession(next);
}

export function setWithin(within: Within | null): void {
  updateSession((session) => ({ ...session, within }));
}

export function clearSession(reason: SessionEnd | null = null): void {
  storage()?.removeItem(SESSION_KEY);
  cache = null;
  endReason = reason;
  notify(null);
}

/** Why the previous session ended, once: a reload of the login page should not repeat the message. */
export function takeSessionEnd(): SessionEnd | null {
  const reason = endReason;
  endReason = null;
  return reason;
}

/** What the API client attaches to each call; null while nobody is signed in. */
export function sessionToken(): string | null {
  return readSession()?.token ?? null;
}

/** Lets the shell react to sign-in and sign-out (and the client to an expired token) without a global store. */
export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function notify(session: StaffSession | null): void {
  for (const listener of listeners) listener(session);
}

const readCurrent = () => readSession();

/** The signed-in session, re-rendering on sign-in, sign-out and every change of profile or `within`. */
export function useSession(): StaffSession | null {
  return useSyncExternalStore(subscribeSession, readCurrent);
}
