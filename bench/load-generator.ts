import { Agent, request } from 'node:http';

/**
 * A fixed-concurrency HTTP load generator, run in its own process (forked by a bench) so that it does not share an
 * event loop with the server it measures. Keep-alive, 127.0.0.1 only.
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
  /** Answers with an unexpected status. */
  badStatus: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export async function generateLoad(spec: LoadSpec, expectedStatus = 200): Promise<LoadResult> {
  const target = new URL(spec.url);
  if (target.hostname !== '127.0.0.1') throw new Error('the load generator only targets 127.0.0.1');
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const body = spec.body === undefined ? undefined : Buffer.from(spec.body);
  const headers = body ? { 'content-type': 'application/json', 'content-length': body.length } : {};

  const once = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = request(target, { method: spec.method, agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });

  const drive = async (until: number, record: boolean, stats: { latencies: number[]; errors: number; bad: number }) => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        const status = await once();
        if (record && status !== expectedStatus) stats.bad += 1;
      } catch {
        if (record) stats.errors += 1;
      }
      if (record) stats.latencies.push(performance.now() - started);
    }
  };

  const scratch = { latencies: [], errors: 0, bad: 0 };
  const warmupEnd = performance.now() + spec.warmupMs;
  await Promise.all(Array.from({ length: spec.connections }, () => drive(warmupEnd, false, scratch)));

  const stats = { latencies: [] as number[], errors: 0, bad: 0 };
  const started = performance.now();
  const end = started + spec.durationMs;
  await Promise.all(Array.from({ length: spec.connections }, () => drive(end, true, stats)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  const sorted = stats.latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    requests: sorted.length,
    errors: stats.errors,
    badStatus: stats.bad,
    seconds,
    requestsPerSecond: sorted.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

// Forked by a bench: one spec in, one result out.
if (require.main === module && process.send) {
  process.once('message', (message: { spec: LoadSpec; expectedStatus: number }) => {
    generateLoad(message.spec, message.expectedStatus).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
    );
  });
}
