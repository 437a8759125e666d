import { type Call, CallError, contracts, createClient } from '@linli/shared';
import { createFetchTransport } from './fetch-transport';
import { clearSession, readSession, sessionToken } from './session';

/** The console calls every function, so it carries every contract. */
const client = createClient({ contracts, transport: createFetchTransport(), token: sessionToken });

/**
 * The console's one typed `call(fn, action, input)`: HTTP to the local cloud, staff token from the session. A call
 * answered AUTH.UNAUTHENTICATED means the session is over (expired, logged out elsewhere, password reset): the
 * session is cleared, which sends the shell back to the login page, and the error still reaches the caller.
 */
export const call: Call = (fn, action, input) =>
  client(fn, action, input).catch((error: unknown) => {
    if (error instanceof CallError && error.code === 'AUTH.UNAUTHENTICATED' && readSession() !== null) {
      clearSession('expired');
    }
    throw error;
  });
