import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPush {
  path: string;
  contentType: string;
  /** The `event_log` part, parsed as JSON by the platform's own multipart parser. */
  eventLog: Record<string, unknown>;
}

/** A listening host for Hikvision pushes: records each multipart POST; `statuses` scripts its answers (then 200). */
export async function startPushReceiver(statuses: number[] = []) {
  const received: ReceivedPush[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    readPush(request)
      .then((push) => {
        received.push(push);
        for (const wake of waiters.splice(0)) wake();
      })
      .catch(() => undefined)
      .finally(() => response.writeHead(statuses.shift() ?? 200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received,
    /** Resolves once `count` pushes have arrived (rejects after `timeoutMs`). */
    async waitFor(count: number, timeoutMs = 4000): Promise<ReceivedPush[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${received.length} of ${count} pushes arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received.slice(0, count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readPush(request: IncomingMessage): Promise<ReceivedPush> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const contentType = request.headers['content-type'] ?? '';
  const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
  const part = form.get('event_log');
  const text = typeof part === 'string' ? part : await (part as Blob).text();
  return { path: request.url ?? '', contentType, eventLog: JSON.parse(text) as Record<string, unknown> };
}
