import { createHash, randomBytes } from 'node:crypto';

/**
 * HTTP Digest (RFC 7616, and RFC 2617/2069 as door controllers still speak them): reading `WWW-Authenticate`
 * challenges and answering one. Pure; the HTTP exchange and the nonce cache live in digest-auth.ts.
 */

export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess';

export interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque: string | null;
  algorithm: DigestAlgorithm;
  /** `auth` when the server offers it; null for an RFC 2069 server that offers no qop. */
  qop: 'auth' | null;
  /** The server says the nonce expired, not that the credentials are wrong. */
  stale: boolean;
}

export interface DigestAnswer {
  username: string;
  password: string;
  method: string;
  /** The request-target exactly as sent: path plus query. */
  uri: string;
  /** Nonce count, 1 for the first use of a nonce. */
  nc: number;
  cnonce: string;
}

const ALGORITHMS: Record<string, DigestAlgorithm> = {
  md5: 'MD5',
  'md5-sess': 'MD5-sess',
  'sha-256': 'SHA-256',
  'sha-256-sess': 'SHA-256-sess',
};

/**
 * The Digest challenges among `WWW-Authenticate` values that this client can answer, in the server's order (RFC
 * 7616 §3.7: listed by preference). A value may hold several challenges (`Basic realm="a", Digest realm="b", …`).
 */
export function parseDigestChallenges(headerValues: readonly string[]): DigestChallenge[] {
  const challenges: DigestChallenge[] = [];
  for (const value of headerValues) {
    for (const { scheme, params } of splitChallenges(value)) {
      if (scheme !== 'digest') continue;
      const challenge = toDigestChallenge(params);
      if (challenge) challenges.push(challenge);
    }
  }
  return challenges;
}

function toDigestChallenge(params: ReadonlyMap<string, string>): DigestChallenge | null {
  const realm = params.get('realm');
  const nonce = params.get('nonce');
  if (realm === undefined || !nonce) return null;
  const algorithm = ALGORITHMS[(params.get('algorithm') ?? 'MD5').toLowerCase()];
  if (!algorithm) return null;
  const qopOffered = params.get('qop');
  const qops = qopOffered?.split(',').map((qop) => qop.trim().toLowerCase()) ?? [];
  // auth-int would hash the body; controllers offer plain auth, so a server asking only for auth-int is skipped.
  if (qopOffered !== undefined && !qops.includes('auth')) return null;
  return {
    realm,
    nonce,
    opaque: params.get('opaque') ?? null,
    algorithm,
    qop: qopOffered === undefined ? null : 'auth',
    stale: params.get('stale')?.toLowerCase() === 'true',
  };
}

/** The `Authorization` header value answering `challenge`. */
export function authorizationFor(challenge: DigestChallenge, answer: DigestAnswer): string {
  const hash = challenge.algorithm.startsWith('SHA-256') ? sha256 : md5;
  const nc = answer.nc.toString(16).padStart(8, '0');
  let ha1 = hash(`${answer.username}:${challenge.realm}:${answer.password}`);
  if (challenge.algorithm.endsWith('-sess')) ha1 = hash(`${ha1}:${challenge.nonce}:${answer.cnonce}`);
  const ha2 = hash(`${answer.method}:${answer.uri}`);
  const response = challenge.qop
    ? hash(`${ha1}:${challenge.nonce}:${nc}:${answer.cnonce}:${challenge.qop}:${ha2}`)
    : hash(`${ha1}:${challenge.nonce}:${ha2}`);

  const parts = [
    `username=${quote(answer.username)}`,
    `realm=${quote(challenge.realm)}`,
    `nonce=${quote(challenge.nonce)}`,
    `uri=${quote(answer.uri)}`,
    `algorithm=${challenge.algorithm}`,
    `response=${quote(response)}`,
  ];
  if (challenge.opaque !== null) parts.push(`opaque=${quote(challenge.opaque)}`);
  if (challenge.qop) parts.push(`qop=${challenge.qop}`, `nc=${nc}`, `cnonce=${quote(answer.cnonce)}`);
  return `Digest ${parts.join(', ')}`;
}

export function createCnonce(): string {
  return randomBytes(16).toString('hex');
}

/** `nextnonce` from an `Authentication-Info` header (RFC 7616 §3.5), when the server rotates nonces that way. */
export function nextNonceOf(authenticationInfo: string | undefined): string | null {
  if (!authenticationInfo) return null;
  const [info] = splitChallenges(`Info ${authenticationInfo}`);
  return info?.params.get('nextnonce') || null;
}

interface RawChallenge {
  scheme: string;
  params: Map<string, string>;
}

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

/**
 * Splits a header value into challenges: a bare token starts a new scheme, `name=value` (token or quoted string)
 * adds a parameter to the current one. Anything else (token68 credentials, stray characters) is skipped.
 */
function splitChallenges(header: string): RawChallenge[] {
  const challenges: RawChallenge[] = [];
  let current: RawChallenge | null = null;
  let i = 0;
  const isToken = (at: number) => at < header.length && TOKEN_CHAR.test(header.charAt(at));
  const skipSpaces = () => {
    while (header.charAt(i) === ' ' || header.charAt(i) === '\t') i++;
  };
  const readToken = () => {
    const start = i;
    while (isToken(i)) i++;
    return header.slice(start, i);
  };
  const readQuoted = () => {
    let value = '';
    i++;
    while (i < header.length && header.charAt(i) !== '"') {
      if (header.charAt(i) === '\\') i++;
      value += header.charAt(i);
      i++;
    }
    i++;
    return value;
  };

  while (i < header.length) {
    skipSpaces();
    const token = readToken();
    if (!token) {
      i++;
      continue;
    }
    skipSpaces();
    if (header.charAt(i) === '=') {
      i++;
      skipSpaces();
      const value = header.charAt(i) === '"' ? readQuoted() : readToken();
      current?.params.set(token.toLowerCase(), value);
    } else {
      current = { scheme: token.toLowerCase(), params: new Map() };
      challenges.push(current);
    }
  }
  return challenges;
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
