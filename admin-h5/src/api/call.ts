import { createClient } from '@linli/shared';
import { createFetchTransport } from './fetch-transport';
import { sessionToken } from './session';

/** The console's one typed `call(fn, action, input)`: HTTP to the local cloud, staff token from the session. */
export const call = createClient({ transport: createFetchTransport(), token: sessionToken });
