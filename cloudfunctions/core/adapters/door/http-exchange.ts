import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { DoorError, type DoorVendorName } from '../../ports/door-vendor';

/**
 * One HTTP request to a controller, with the outcome already sorted into the door error kinds: nothing answered →
 * OFFLINE, the caller's deadline fired → TIMEOUT, an answer that is not HTTP → PROTOCOL. Any HTTP status is a reply;
 * judging it is the protocol's job.
 */

export interface HttpRequest {
  method: 'GET' | 'PUT' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  /**
   * Headers computed when the request gets its socket rather than when it is queued (a digest `nc` must grow in the
   * order requests reach the device, and a request may wait behind others for a socket).
   */
  headersAtSend?: () => Record<string, string>;
}

export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  /** Every `WWW-Authenticate` value on its own (several challenges may come as several headers). */
  challenges: string[];
  body: Buffer;
}

export interface ExchangeContext {
  vendor: DoorVendorName;
  /** Aborted when the whole exchange's deadline passes. */
  signal: AbortSignal;
  timeoutMs: number;
}

/** A controller's answers are a few KB; an event search page stays far below this. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Keep-alive: a digest exchange is two requests, and the nonce cache only pays off on a warm connection. */
const MAX_SOCKETS = 16;
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
};

export async function exchange(request: HttpRequest, context: ExchangeContext): Promise<HttpReply> {
  // A kept-alive socket the device closed meanwhile fails before the request reaches it: retrying (Node's documented
  // pattern) tells that apart from a device that is really gone. A device that restarted closed every pooled
  // socket, so each retry may meet another dead one; each is destroyed, so the pool runs out of them.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await exchangeOnce(request, context);
    } catch (error) {
      if (!(error instanceof StaleSocketError)) throw error;
      if (attempt >= MAX_SOCKETS) {
        throw new DoorError('OFFLINE', context.vendor, `${request.url.host} dropped every connection`, {
          cause: error,
          detail: 'ECONNRESET',
        });
      }
    }
  }
}

class StaleSocketError extends Error {}

function exchangeOnce(request: HttpRequest, context: ExchangeContext): Promise<HttpReply> {
  const { vendor, signal } = context;
  const timeout = () =>
    new DoorError('TIMEOUT', vendor, `no answer from ${request.url.host} within ${context.timeoutMs} ms`);
  if (signal.aborted) return Promise.reject(timeout());

  const transport = request.url.protocol === 'https:' ? https : http;
  const agent = request.url.protocol === 'https:' ? agents['https:'] : agents['http:'];
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));

  return new Promise<HttpReply>((resolve, reject) => {
    let settled = false;
    let answered = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (error: Error) => finish(() => reject(error));
    const onAbort = () => {
      fail(timeout());
      req.destroy();
    };

    const req = transport.request(request.url, { method: request.method, headers, agent }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          fail(new DoorError('PROTOCOL', vendor, `answer from ${request.url.host} exceeds ${MAX_BODY_BYTES} bytes`));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error) => fail(networkError(vendor, request.url, error)));
      response.on('aborted', () => fail(networkError(vendor, request.url, new Error('connection closed mid-answer'))));
      response.on('end', () =>
        finish(() =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            challenges: response.headersDistinct['www-authenticate'] ?? [],
            body: Buffer.concat(chunks),
          }),
        ),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A parse error can leave the socket open (the peer half-closed it); it must not linger in the pool.
      req.destroy();
      if (!answered && req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        fail(new StaleSocketError(error.message));
        return;
      }
      fail(networkError(vendor, request.url, error));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('socket', () => {
      if (settled) return;
      for (const [name, value] of Object.entries(request.headersAtSend?.() ?? {})) req.setHeader(name, value);
      req.end(request.body);
    });
  });
}

function networkError(vendor: DoorVendorName, url: URL, error: NodeJS.ErrnoException): DoorError {
  const code = error.code ?? '';
  // llhttp's parse errors: something answered, but not in HTTP.
  if (code.startsWith('HPE_')) {
    return new DoorError('PROTOCOL', vendor, `${url.host} did not answer in HTTP (${code})`, { cause: error });
  }
  return new DoorError('OFFLINE', vendor, `${url.host} unreachable: ${code || error.message}`, {
    cause: error,
    detail: code || undefined,
  });
}
