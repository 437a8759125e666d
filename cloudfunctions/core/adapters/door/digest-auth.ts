import { DoorError, type DoorVendorName } from '../../ports/door-vendor';
import {
  authorizationFor,
  createCnonce,
  type DigestChallenge,
  nextNonceOf,
  parseDigestChallenges,
} from './digest-challenge';
import { exchange, type HttpReply, type HttpRequest } from './http-exchange';

/**
 * HTTP Digest client for door controllers: sends the request, answers a `401` challenge once, and keeps the nonce
 * per device so the next call skips the challenge round trip (counting `nc` up). A cached nonce the device no longer
 * accepts (stale, rebooted) costs one fresh challenge, not an error. The whole exchange, every leg, runs under one
 * deadline.
 */

export interface DigestCall {
  vendor: DoorVendorName;
  timeoutMs: number;
  username: string;
  password: string;
  /** Whose nonce this is: one entry per device and account. */
  cacheKey: string;
}

export interface DigestClient {
  /** The device's reply to an authenticated request; never a 401 (that is a REJECTED DoorError). */
  send(request: HttpRequest, call: DigestCall): Promise<HttpReply>;
}

interface NonceState {
  challenge: DigestChallenge;
  /** The last nonce count used; counted up as each request goes out, so concurrent calls never share one. */
  nc: number;
}

/** Enough for every controller a function instance talks to; the oldest entry goes first beyond it. */
const DEFAULT_MAX_NONCES = 2000;

export function createDigestClient(options: { maxCachedNonces?: number } = {}): DigestClient {
  const maxNonces = options.maxCachedNonces ?? DEFAULT_MAX_NONCES;
  const nonces = new Map<string, NonceState>();

  const remember = (key: string, challenge: DigestChallenge) => {
    nonces.delete(key);
    nonces.set(key, { challenge, nc: 0 });
    if (nonces.size > maxNonces) {
      const oldest = nonces.keys().next();
      if (!oldest.done) nonces.delete(oldest.value);
    }
  };

  const authorize = (request: HttpRequest, call: DigestCall, state: NonceState | undefined): HttpRequest => {
    if (!state) return request;
    const headersAtSend = () => {
      state.nc += 1;
      const authorization = authorizationFor(state.challenge, {
        username: call.username,
        password: call.password,
        method: request.method,
        uri: `${request.url.pathname}${request.url.search}`,
        nc: state.nc,
        cnonce: createCnonce(),
      });
      return { ...request.headersAtSend?.(), authorization };
    };
    return { ...request, headersAtSend };
  };

  const challengeOf = (reply: HttpReply, call: DigestCall): DigestChallenge => {
    const [challenge] = parseDigestChallenges(reply.challenges);
    if (challenge) return challenge;
    throw new DoorError('REJECTED', call.vendor, 'the device asked for an authentication scheme other than Digest', {
      detail: reply.challenges.join('; ') || 'no WWW-Authenticate',
    });
  };

  async function send(request: HttpRequest, call: DigestCall): Promise<HttpReply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), call.timeoutMs);
    const context = { vendor: call.vendor, signal: controller.signal, timeoutMs: call.timeoutMs };
    try {
      const first = await exchange(authorize(request, call, nonces.get(call.cacheKey)), context);
      if (first.status !== 401) return rotated(first, call);

      // No nonce yet, or the cached one is stale or forgotten: answer this challenge once.
      remember(call.cacheKey, challengeOf(first, call));
      const second = await exchange(authorize(request, call, nonces.get(call.cacheKey)), context);
      if (second.status !== 401) return rotated(second, call);

      nonces.delete(call.cacheKey);
      throw new DoorError('REJECTED', call.vendor, `${request.url.host} refused the credentials of ${call.username}`, {
        detail: 'unauthorized',
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Follows a server that hands out the next nonce in `Authentication-Info`. */
  function rotated(reply: HttpReply, call: DigestCall): HttpReply {
    const header = reply.headers['authentication-info'];
    const next = nextNonceOf(Array.isArray(header) ? header[0] : header);
    const state = nonces.get(call.cacheKey);
    if (next && state) remember(call.cacheKey, { ...state.challenge, nonce: next, stale: false });
    return reply;
  }

  return { send };
}

/** Nonces, like sockets, belong to the process: every adapter in it shares one cache unless given its own. */
export const sharedDigestClient: DigestClient = createDigestClient();
