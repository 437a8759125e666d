import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { deviceBaseUrl, doorController, startMockDevices } from '@linli/mock-devices';
import { createDigestClient } from '../cloudfunctions/core/adapters/door/digest-auth';
import { createHikvisionIsapi } from '../cloudfunctions/core/adapters/door/hikvision-isapi';
import type { DeviceEndpoint } from '../cloudfunctions/core/ports/door-vendor';

/**
 * Direct door opens through the Hikvision ISAPI adapter against one simulated controller (mock-devices on
 * 127.0.0.1): latency of a first call (no nonce cached: 401 challenge + answer) against calls on a cached nonce, one
 * at a time and 50 at once. Requests on the wire are counted too, so the cost of the challenge and of nonce-count
 * reordering under concurrency shows. Usage: `npx tsx bench/door-direct.ts [rounds=10] [concurrency=50]`.
 */
const ROUNDS = Number(process.argv[2] ?? 10);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const OPTIONS = { timeoutMs: 5000 };

const wire = { requests: 0, challenges: 0 };
subscribe('http.client.response.finish', (message) => {
  const { response } = message as { request: ClientRequest; response: IncomingMessage };
  wire.requests += 1;
  if (response.statusCode === 401) wire.challenges += 1;
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Figures {
  label: string;
  samples: number[];
  requests: number;
  challenges: number;
  wallMs: number;
}

async function measure(label: string, run: () => Promise<number[]>): Promise<Figures> {
  const before = { ...wire };
  const started = performance.now();
  const samples = await run();
  return {
    label,
    samples: samples.sort((a, b) => a - b),
    requests: wire.requests - before.requests,
    challenges: wire.challenges - before.challenges,
    wallMs: performance.now() - started,
  };
}

function print(figures: Figures): void {
  const { label, samples, requests, challenges, wallMs } = figures;
  console.log(
    `${label.padEnd(38)} n=${String(samples.length).padStart(4)}  p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms` +
      `  p99 ${percentile(samples, 99).toFixed(2).padStart(7)} ms  requests/open ${(requests / samples.length).toFixed(2)}` +
      `  401s ${challenges}  wall ${wallMs.toFixed(0)} ms`,
  );
}

async function timed(open: () => Promise<number>): Promise<number> {
  const started = performance.now();
  await open();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const spec = {
    id: 'bench-hik',
    vendor: 'hikvision' as const,
    name: 'bench gate',
    compoundId: 'cpd-bench',
    doors: [{ doorNo: 1, name: '南门' }],
    username: 'bench',
    password: 'Bench#2026',
  };
  const mock = await startMockDevices({ host: '127.0.0.1', port: 0, simulators: [doorController(spec)] });
  const device: DeviceEndpoint = {
    deviceId: spec.id,
    vendor: 'hikvision',
    baseUrl: deviceBaseUrl(mock.url, spec.id),
    username: spec.username,
    password: spec.password,
  };
  try {
    // Warm the JIT and the keep-alive pool so the first rows measure digest, not process start-up.
    const warm = createHikvisionIsapi({ client: createDigestClient() });
    for (let i = 0; i < 200; i++) await warm.command(device, 1, 'open', OPTIONS);

    const rows: Figures[] = [];
    rows.push(
      await measure('first call (no nonce), one at a time', async () => {
        const samples: number[] = [];
        for (let i = 0; i < ROUNDS * 10; i++) {
          const isapi = createHikvisionIsapi({ client: createDigestClient() });
          samples.push(await timed(() => isapi.command(device, 1, 'open', OPTIONS)));
        }
        return samples;
      }),
    );
    const cached = createHikvisionIsapi({ client: createDigestClient() });
    await cached.command(device, 1, 'open', OPTIONS);
    rows.push(
      await measure('nonce cached, one at a time', async () => {
        const samples: number[] = [];
        for (let i = 0; i < ROUNDS * 10; i++)
          samples.push(await timed(() => cached.command(device, 1, 'open', OPTIONS)));
        return samples;
      }),
    );
    rows.push(
      await measure(`first call (no nonce), ${CONCURRENCY} at once`, async () => {
        const samples: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const isapi = createHikvisionIsapi({ client: createDigestClient() });
          const opens = Array.from({ length: CONCURRENCY }, () =>
            timed(() => isapi.command(device, 1, 'open', OPTIONS)),
          );
          samples.push(...(await Promise.all(opens)));
        }
        return samples;
      }),
    );
    rows.push(
      await measure(`nonce cached, ${CONCURRENCY} at once`, async () => {
        const samples: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const opens = Array.from({ length: CONCURRENCY }, () =>
            timed(() => cached.command(device, 1, 'open', OPTIONS)),
          );
          samples.push(...(await Promise.all(opens)));
        }
        return samples;
      }),
    );

    console.log(`Hikvision ISAPI direct opens, one simulated controller, ${ROUNDS} rounds (node ${process.version})`);
    for (const row of rows) print(row);
    const [coldOne, warmOne, coldMany, warmMany] = rows.map((row) => percentile(row.samples, 50));
    if (coldOne && warmOne && coldMany && warmMany) {
      console.log(
        `p50 ratio first/cached: one at a time ${(coldOne / warmOne).toFixed(2)}x, ` +
          `${CONCURRENCY} at once ${(coldMany / warmMany).toFixed(2)}x`,
      );
    }
  } finally {
    await mock.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
