import type { Transport } from '@linli/shared';

/** The slice of `fetch` the transport relies on, so tests and other runtimes can supply their own. */
export type FetchLike = (url: string, init: RequestInit) => Promise<{ json(): Promise<unknown> }>;

export interface FetchTransportOptions {
  /** Where the local cloud exposes functions; the dev server proxies it, the served build shares its origin. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** A stalled mobile connection should end in an error the staff member can retry, not an endless spinner. */
  timeoutMs?: number;
}

/**
 * `POST <baseUrl>/<fn>` with the event as JSON. The gateway answers every call with the envelope whatever the HTTP
 * status, so the body is returned as is and the shared client validates it. A network failure, a timeout or a body
 * that is not JSON (a proxy's error page) rejects, which the client reports as UNAVAILABLE.
 */
export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? '/api/fn';
  const timeoutMs = options.timeoutMs ?? 15_000;
  return async (fn, event) => {
    const send: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    const response = await send(`${baseUrl}/${encodeURIComponent(fn)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.json();
  };
}
