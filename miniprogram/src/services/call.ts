import {
  authContract,
  createClient,
  doorResidentContract,
  membershipContract,
  placesContract,
  type Registry,
  systemContract,
  visitorContract,
} from '@linli/shared';
import { isWeapp } from './config';
import { readSessionToken } from './session';
import { h5Transport } from './transport-h5';
import { weappTransport } from './transport-weapp';

const transport = isWeapp ? weappTransport : h5Transport;

/**
 * The functions the main package and the small subpackages call. Staff-only functions never ship in the
 * mini-program, and a large feature's subpackage brings its own (`clientFor`), so the main package stays small.
 */
export const RESIDENT_CONTRACTS = {
  system: systemContract,
  auth: authContract,
  membership: membershipContract,
  places: placesContract,
  door: doorResidentContract,
  visitor: visitorContract,
} as const;

/** A client for a subpackage's own functions, with the app's transport and session. */
export function clientFor<R extends Registry>(contracts: R) {
  return createClient({ contracts, transport, token: readSessionToken });
}

/** The app's one typed `call(fn, action, input)`; failures reject with CallError carrying a Chinese message. */
export const call = clientFor(RESIDENT_CONTRACTS);

/**
 * The same client without the stored session, for the visitor's pass page: the pass token in the input is the
 * visitor's only credential, and a stale demo session left in this browser must not turn a visitor link into
 * 请先登录 (the server refuses a token that is present but no longer genuine, even for actions open to anyone).
 * In WeChat the OPENID still comes with the call, which those actions ignore.
 */
export const callAsGuest = createClient({ contracts: RESIDENT_CONTRACTS, transport });
