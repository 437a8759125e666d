import { createHash, randomBytes } from 'node:crypto';
import { parseDigestParams } from '../http/digest-params';

/** What a 401's `WWW-Authenticate: Digest …` offered. */
export interface Challenge {
  realm: string;
  nonce: string;
  opaque: string | undefined;
  qop: string;
  stale: boolean;
}

export function parseChallenge(header: string | null): Challenge {
  const params = header ? parseDigestParams(header) : null;
  const realm = params?.get('realm');
  const nonce = params?.get('nonce');
  if (!params || realm === undefined || nonce === undefined) throw new Error(`not a digest challenge: ${header}`);
  return {
    realm,
    nonce,
    opaque: params.get('opaque'),
    qop: params.get('qop') ?? '',
    stale: params.get('stale')?.toUpperCase() === 'TRUE',
  };
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/** The Authorization header answering `challenge` for one request (RFC 7616, MD5, qop=auth). */
export function digestAuthorization(input: {
  username: string;
  password: string;
  method: string;
  uri: string;
  challenge: Challenge;
  nc: number;
  cnonce?: string;
}): string {
  const { username, password, method, uri, challenge } = input;
  const nc = input.nc.toString(16).padStart(8, '0');
  const cnonce = input.cnonce ?? randomBytes(8).toString('hex');
  const ha1 = md5(`${username}:${challenge.realm}:${password}`);
  const ha2 = md5(`${method}:${uri}`);
  const response = md5(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`);
  const parts = [
    `username="${username}"`,
    `realm="${challenge.realm}"`,
    `nonce="${challenge.nonce}"`,
    `uri="${uri}"`,
    'algorithm=MD5',
    `response="${response}"`,
    'qop=auth',
    `nc=${nc}`,
    `cnonce="${cnonce}"`,
  ];
  if (challenge.opaque !== undefined) parts.push(`opaque="${challenge.opaque}"`);
  return `Digest ${parts.join(', ')}`;
}

export interface DigestResult {
  /** The first answer (the 401 challenge when the client had no nonce yet). */
  first: Response;
  /** The answer to the authenticated request (the same as `first` when no challenge came). */
  final: Response;
  body: string;
}

/**
 * A tiny digest client, enough to drive the simulators the way a real adapter does: an unauthenticated request, the
 * 401 challenge, then the request again with an answer. Keeps the nonce and counts `nc` up for later requests.
 */
export class DigestClient {
  private challenge: Challenge | null = null;
  private nc = 0;

  constructor(
    private readonly username: string,
    private readonly password: string,
  ) {}

  async request(url: string, init: { method?: string; body?: string; contentType?: string } = {}) {
    const method = init.method ?? 'GET';
    const send = (authorization?: string) =>
      fetch(url, {
        method,
        body: init.body,
        headers: {
          ...(init.contentType && { 'content-type': init.contentType }),
          ...(authorization && { authorization }),
        },
        signal: AbortSignal.timeout(5000),
      });
    const first = await send(this.challenge ? this.answer(method, url) : undefined);
    if (first.status !== 401) return { first, final: first, body: await first.text() } satisfies DigestResult;
    await first.arrayBuffer();
    this.challenge = parseChallenge(first.headers.get('www-authenticate'));
    this.nc = 0;
    const final = await send(this.answer(method, url));
    return { first, final, body: await final.text() } satisfies DigestResult;
  }

  private answer(method: string, url: string): string {
    if (!this.challenge) throw new Error('no challenge yet');
    this.nc += 1;
    const { pathname, search } = new URL(url);
    return digestAuthorization({
      username: this.username,
      password: this.password,
      method,
      uri: `${pathname}${search}`,
      challenge: this.challenge,
      nc: this.nc,
    });
  }
}
