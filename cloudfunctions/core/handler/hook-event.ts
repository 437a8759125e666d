import { z } from 'zod';

/**
 * CloudBase's HTTP access (integration request) event, which is how a device's webhook reaches a function; the local
 * cloud sends the same shape for `POST /hooks/<fn>/<hook>`. The hook's name is the path's last segment.
 */
export const ZHttpEvent = z.object({
  httpMethod: z.string(),
  path: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
  queryStringParameters: z.record(z.string(), z.string()).nullish(),
  body: z.string().nullish(),
  isBase64Encoded: z.boolean().default(false),
});

/** What a hook's use case sees: the query, lower-cased headers and the raw body bytes. */
export interface HookRequest {
  method: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: Buffer;
}

export function toHookRequest(event: z.infer<typeof ZHttpEvent>): { name: string; request: HookRequest } {
  const name = event.path.split('/').filter(Boolean).at(-1) ?? '';
  const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const body = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  return {
    name,
    request: { method: event.httpMethod.toUpperCase(), query: event.queryStringParameters ?? {}, headers, body },
  };
}
