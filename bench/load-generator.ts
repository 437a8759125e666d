import { connect, type Socket } from 'node:net';

/**
 * A fixed-concurrency HTTP/1.1 load generator on raw keep-alive sockets, run in its own process (forked by a bench)
 * so it shares no event loop with the server it measures. Node's own http client costs more per request than a
 * fastify server does, so with it the client, not the server, would set the pace; writing one prepared request and
 * reading `content-length`-framed answers keeps the client cheap. 127.0.0.1 only.
 */
export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  connections: number;
  durationMs: number;
  warmupMs: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Answers with a status other than the expected one. */
  badStatus: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

function prepareRequest(spec: LoadSpec, target: URL): Buffer {
  const body = spec.body === undefined ? Buffer.alloc(0) : Buffer.from(spec.body);
  const head = [
    `${spec.method} ${target.pathname}${target.search} HTTP/1.1`,
    `host: ${target.host}`,
    'connection: keep-alive',
    ...(spec.body === undefined ? [] : ['content-type: application/json', `content-length: ${body.length}`]),
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]);
}

/** One keep-alive connection sending the request again as soon as the previous answer is complete. */
function driveConnection(
  target: URL,
  request: Buffer,
  onAnswer: (status: number, ms: number) => void,
  onError: () => void,
): { stop(): Promise<void> } {
  let socket: Socket;
  let pending: Buffer = Buffer.alloc(0);
  let sentAt = 0;
  let stopping = false;
  let closed: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    closed = resolve;
  });

  const send = (): void => {
    sentAt = performance.now();
    socket.write(request);
  };
  const open = (): void => {
    pending = Buffer.alloc(0);
    socket = connect({ host: target.hostname, port: Number(target.port), noDelay: true }, send);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        const headerEnd = pending.indexOf(HEADER_END);
        if (headerEnd < 0) return;
        const head = pending.subarray(0, headerEnd).toString('latin1');
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        if (!length?.[1]) throw new Error(`answer without content-length: ${head.split('\r\n')[0]}`);
        const total = headerEnd + HEADER_END.length + Number(length[1]);
        if (pending.length < total) return;
        pending = pending.subarray(total);
        onAnswer(Number(head.slice(9, 12)), performance.now() - sentAt);
        if (stopping) {
          socket.end();
          return;
        }
        send();
      }
    });
    socket.on('error', () => {
      if (!stopping) onError();
    });
    socket.on('close', () => {
      if (stopping) closed();
      else open();
    });
  };
  open();
  return {
    stop() {
      stopping = true;
      return done;
    },
  };
}

export async function generateLoad(
  spec: LoadSpec,
  expectedStatus = 200,
  onRecording: (isRecording: boolean) => void = () => undefined,
): Promise<LoadResult> {
  const target = new URL(spec.url);
  if (target.hostname !== '127.0.0.1') throw new Error('the load generator only targets 127.0.0.1');
  const request = prepareRequest(spec, target);
  let recording = false;
  let errors = 0;
  let badStatus = 0;
  const latencies: number[] = [];
  const connections = Array.from({ length: spec.connections }, () =>
    driveConnection(
      target,
      request,
      (status, ms) => {
        if (!recording) return;
        latencies.push(ms);
        if (status !== expectedStatus) badStatus += 1;
      },
      () => {
        if (recording) errors += 1;
      },
    ),
  );

  await new Promise((resolve) => setTimeout(resolve, spec.warmupMs));
  recording = true;
  onRecording(true);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, spec.durationMs));
  recording = false;
  onRecording(false);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(connections.map((connection) => connection.stop()));

  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    requests: sorted.length,
    errors,
    badStatus,
    seconds,
    requestsPerSecond: sorted.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

// Forked by a bench: one spec in; `recording` true/false around the measured window; one result out.
if (require.main === module && process.send) {
  process.once('message', (message: { spec: LoadSpec; expectedStatus: number }) => {
    const tell = (isRecording: boolean) => process.send?.({ recording: isRecording });
    generateLoad(message.spec, message.expectedStatus, tell).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
    );
  });
}
