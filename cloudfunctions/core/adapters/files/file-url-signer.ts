import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring URLs for the local FileStorage: `/files/<key>?exp=<unix seconds>&sig=<HMAC-SHA256>`, what a
 * CloudBase temp URL is in production. The functions sign (in the bundles) and the local cloud verifies (its route):
 * both hold the session secret, so the key is derived from it rather than being one more secret to generate, keep
 * and hand to both. Deriving with a purpose label keeps the two uses apart: a file signature can never pass as a
 * session token's, nor the other way round, and rotating the session secret also retires every photo link.
 */
export type UrlCheck = 'ok' | 'expired' | 'invalid';

export interface FileUrlSigner {
  /** The path (and query) that serves `key` until `exp` (seconds since the epoch). */
  path(key: string, exp: number): string;
  /** Whether `exp` and `sig` from a request are genuine for `key`, and still in time at `now`. */
  check(key: string, exp: unknown, sig: unknown, now: Date): UrlCheck;
}

export const FILE_URL_PREFIX = '/files/';
const PURPOSE = 'linli/file-url/v1';
const EXP = /^\d{1,12}$/;
const SIG = /^[A-Za-z0-9_-]{43}$/;

export function deriveFileUrlKey(sessionSecret: string): Buffer {
  return createHmac('sha256', sessionSecret).update(PURPOSE).digest();
}

export function createFileUrlSigner(sessionSecret: string): FileUrlSigner {
  const key = deriveFileUrlKey(sessionSecret);
  const mac = (fileKey: string, exp: string) => createHmac('sha256', key).update(`${fileKey}\n${exp}`).digest();

  return {
    path(fileKey, exp) {
      const sig = mac(fileKey, String(exp)).toString('base64url');
      return `${FILE_URL_PREFIX}${fileKey}?exp=${exp}&sig=${sig}`;
    },
    check(fileKey, exp, sig, now) {
      if (typeof exp !== 'string' || typeof sig !== 'string' || !EXP.test(exp) || !SIG.test(sig)) return 'invalid';
      // Compare the text, not decoded bytes: base64url decoding ignores the last character's spare bits, so a
      // decoded comparison would accept several spellings of one signature.
      const given = Buffer.from(sig);
      const expected = Buffer.from(mac(fileKey, exp).toString('base64url'));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      return Number(exp) * 1000 > now.getTime() ? 'ok' : 'expired';
    },
  };
}

/**
 * Expiry rounded up to the next 5 minutes: every URL for a file asked within the same window is the same URL, so
 * the browser's cache keeps working across list refreshes. A URL may live up to 5 minutes longer than asked.
 */
export const EXPIRY_STEP_SECONDS = 300;

export function roundedExpiry(now: Date, ttlSeconds: number): number {
  const at = Math.floor(now.getTime() / 1000) + ttlSeconds;
  return Math.ceil(at / EXPIRY_STEP_SECONDS) * EXPIRY_STEP_SECONDS;
}
