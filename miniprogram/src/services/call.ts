import {
  authContract,
  createClient,
  doorResidentContract,
  membershipContract,
  type Registry,
  systemContract,
} from '@linli/shared';
import { isWeapp } from './config';
import { readSessionToken } from './session';
import { h5Transport } from './transport-h5';
import { weappTransport } from './transport-weapp';

const transport = isWeapp ? weappTransport : h5Transport;

/**
 * The functions the main package calls. Staff-only functions never ship in the mini-program, and a subpackage
 * brings the functions only it calls (`clientFor`, e.g. `features/visitor/visitor-call.ts`), so their schemas ship
 * with it and the main package stays small.
 */
export const RESIDENT_CONTRACTS = {
  system: systemContract,
  auth: authContract,
  membership: membershipContract,
  door: doorResidentContract,
} as const;

/** A client for a subpackage's own functions, with the app's transport and session. */
export function clientFor<R extends Registry>(contracts: R) {
  return createClient({ contracts, transport, token: readSessionToken });
}

/**
 * The same without the stored session, for pages a guest opens (the visitor's pass page): the token in the input is
 * the guest's only credential, and a stale demo session left in this browser must not turn a visitor link into
 * 请先登录 (the server refuses a token that is present but no longer genuine, even for actions open to anyone).
 * In WeChat the OPENID still comes with the call, which those actions ignore.
 */
export function guestClientFor<R extends Registry>(contracts: R) {
  return createClient({ contracts, transport });
}

/** The app's one typed `call(fn, action, input)`; failures reject with CallError carrying a Chinese message. */
export const call = clientFor(RESIDENT_CONTRACTS);
