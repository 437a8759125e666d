import { z } from 'zod';

/**
 * The staff session lives in sessionStorage, not localStorage: consoles are often opened on shared front-desk
 * devices, and a token that dies with the tab limits what a forgotten login can do.
 */
export const SESSION_KEY = 'linli.staff.session';

export const ZStaffSession = z.object({ token: z.string().min(1) });
export type StaffSession = z.infer<typeof ZStaffSession>;

type Listener = (session: StaffSession | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  // Storage access throws in some privacy modes; the console then simply runs without a remembered session.
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function readSession(): StaffSession | null {
  const raw = storage()?.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const parsed = ZStaffSession.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: unreadable JSON is treated like a foreign value
  }
  storage()?.removeItem(SESSION_KEY);
  return null;
}

export function saveSession(session: StaffSession): void {
  const valid = ZStaffSession.parse(session);
  storage()?.setItem(SESSION_KEY, JSON.stringify(valid));
  notify(valid);
}

export function clearSession(): void {
  storage()?.removeItem(SESSION_KEY);
  notify(null);
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
