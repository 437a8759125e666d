import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseDigestParams, quoteParam } from './digest-params';

export interface DigestAuthOptions {
  realm: string;
  username: string;
  password: string;
  /** Milliseconds since the epoch; injectable so tests can expire nonces. */
  now: () => number;
  /** How long a nonce is accepted; after that a correct answer gets `stale=TRUE` and a fresh nonce. */
  nonceTtlMs: number;
  /** Consecutive bad answers before the device refuses everyone for `lockMs`; null never locks. */
  lockout: { maxFailures: number; lockMs: number } | null;
  /** How the vendor's nonces look (Hikvision: long hex, Dahua: decimal). */
  makeNonce?: () => string;
}

export interface LockState {
  locked: boolean;
  /** Milliseconds until the lock lifts (0 when unlocked). */
  unlockInMs: number;
  /** Bad answers still allowed before the lock; null when the device never locks. */
  retriesLeft: number | null;
}

export type DigestRefusal =
  /** No Authorization header, or not a Digest one: the first leg of every exchange. */
  | 'missing'
  /** A Digest header missing fields, for another realm/opaque/uri, or with an unsupported qop/algorithm. */
  | 'malformed'
  /** Right credentials, but the nonce expired or was never issued (e.g. before a restart). */
  | 'stale'
  /** Right credentials and nonce, but the nonce count did not grow: a replayed request. */
  | 'replayed'
  /** Wrong user or password (or the device was told to refuse them); counts towards the lock. */
  | 'bad-credentials'
  /** Too many bad answers: refused whatever the credentials until the lock lifts. */
  | 'locked';

export type DigestOutcome =
  | { ok: true; username: string }
  | { ok: false; reason: DigestRefusal; challenge: string; lock: LockState };

const MAX_NONCES = 512;

/**
 * The device side of HTTP Digest (RFC 7616, MD5, qop=auth) the way door controllers run it: each refusal carries a
 * fresh challenge, a nonce lives `nonceTtlMs` and its `nc` must grow, and consecutive bad answers lock the device for
 * a while (Hikvision's "illegal login lock", by default 7 attempts / 600 s).
 */
export class DigestAuthenticator {
  private readonly nonces = new Map<string, { issuedAt: number; lastNc: number }>();
  private readonly opaque = randomBytes(16).toString('hex');
  private failures = 0;
  private lockedUntil = 0;

  constructor(private readonly options: DigestAuthOptions) {}

  /** `requestUri` is the request-target exactly as sent (path and query), which the client must have signed. */
  check(method: string, requestUri: string, header: string | undefined, forceReject = false): DigestOutcome {
    const now = this.options.now();
    const params = header ? parseDigestParams(header) : null;
    if (!params) return this.refuse(header ? 'malformed' : 'missing');
    if (this.lockState().locked) return this.refuse('locked');

    const field = (name: string) => params.get(name) ?? '';
    const qop = field('qop');
    const nc = field('nc');
    const algorithm = params.get('algorithm');
    if (
      field('realm') !== this.options.realm ||
      field('uri') !== requestUri ||
      (params.has('opaque') && field('opaque') !== this.opaque) ||
      (algorithm !== undefined && algorithm.toUpperCase() !== 'MD5') ||
      qop !== 'auth' ||
      !/^[0-9a-f]{8}$/i.test(nc) ||
      !field('cnonce') ||
      !field('nonce') ||
      !/^[0-9a-f]{32}$/i.test(field('response'))
    ) {
      return this.refuse('malformed');
    }

    const ha1 = md5(`${this.options.username}:${this.options.realm}:${this.options.password}`);
    const ha2 = md5(`${method}:${requestUri}`);
    const expected = md5(`${ha1}:${field('nonce')}:${nc}:${field('cnonce')}:${qop}:${ha2}`);
    const answered = field('response').toLowerCase();
    const isRight =
      field('username') === this.options.username && timingSafeEqual(Buffer.from(expected), Buffer.from(answered));
    if (!isRight || forceReject) {
      this.failures += 1;
      const lockout = this.options.lockout;
      if (lockout && this.failures >= lockout.maxFailures) {
        this.lockedUntil = now + lockout.lockMs;
        this.failures = 0;
        return this.refuse('locked');
      }
      return this.refuse('bad-credentials');
    }

    const nonce = this.nonces.get(field('nonce'));
    if (!nonce || now - nonce.issuedAt > this.options.nonceTtlMs) return this.refuse('stale');
    const count = Number.parseInt(nc, 16);
    if (count <= nonce.lastNc) return this.refuse('replayed');
    nonce.lastNc = count;
    this.failures = 0;
    return { ok: true, username: this.options.username };
  }

  lockState(): LockState {
    const unlockInMs = Math.max(0, this.lockedUntil - this.options.now());
    const lockout = this.options.lockout;
    return {
      locked: unlockInMs > 0,
      unlockInMs,
      retriesLeft: lockout ? (unlockInMs > 0 ? 0 : lockout.maxFailures - this.failures) : null,
    };
  }

  /** Lifts a lock and forgets failures (the control API's reset; on a device, an admin's "unlock"). */
  reset(): void {
    this.failures = 0;
    this.lockedUntil = 0;
  }

  private refuse(reason: DigestRefusal): DigestOutcome {
    return { ok: false, reason, challenge: this.challenge(reason === 'stale'), lock: this.lockState() };
  }

  private challenge(isStale: boolean): string {
    const now = this.options.now();
    for (const [value, nonce] of this.nonces) {
      if (now - nonce.issuedAt <= this.options.nonceTtlMs && this.nonces.size < MAX_NONCES) break;
      this.nonces.delete(value);
    }
    const nonce = this.options.makeNonce?.() ?? randomBytes(24).toString('hex');
    this.nonces.set(nonce, { issuedAt: now, lastNc: 0 });
    return [
      `Digest ${quoteParam('realm', this.options.realm)}`,
      quoteParam('qop', 'auth'),
      quoteParam('nonce', nonce),
      quoteParam('opaque', this.opaque),
      'algorithm=MD5',
      `stale=${isStale ? 'TRUE' : 'FALSE'}`,
    ].join(', ');
  }
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}
