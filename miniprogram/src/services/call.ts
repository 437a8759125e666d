import { createClient } from '@linli/shared';
import { isWeapp } from './config';
import { readSessionToken } from './session';
import { h5Transport } from './transport-h5';
import { weappTransport } from './transport-weapp';

const transport = isWeapp ? weappTransport : h5Transport;

/** The app's one typed `call(fn, action, input)`; failures reject with CallError carrying a Chinese message. */
export const call = createClient({ transport, token: readSessionToken });

/**
 * The same client without the stored session, for the visitor's pass page: the pass token in the input is the
 * visitor's only credential, and a stale demo session left in this browser must not turn a visitor link into
 * 请先登录 (the server refuses a token that is present but no longer genuine, even for actions open to anyone).
 * In WeChat the OPENID still comes with the call, which those actions ignore.
 */
export const callAsGuest = createClient({ transport });
