import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { readLocalConfig } from '../cloudfunctions/local/config';
import { startLocalCloud } from '../cloudfunctions/local/local-cloud';
import { tempDir } from '../cloudfunctions/local/testing/fixtures';
import { bundleFunctions } from '../cloudfunctions/scripts/bundle';
import type { LoadResult, LoadSpec } from './load-generator';

/**
 * Gateway overhead: requests/s of `system.ping` through the local cloud (fastify → bundle main → handler → envelope)
 * against a bare fastify hello-world on the same library, same machine, same load. Goal: the gateway keeps at least
 * 40% of the bare server's throughput. The load runs in a separate process; timers are off; call logging is silent
 * (a log line per call would measure the terminal, not the gateway).
 */
const CONNECTIONS = 20;
const DURATION_MS = 5000;
const WARMUP_MS = 1000;
const GOAL = 0.4;

function runLoad(spec: LoadSpec, expectedStatus = 200): Promise<LoadResult> {
  const child = fork(path.join(__dirname, 'load-generator.ts'), { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { result?: LoadResult; error?: string }) =>
      message.result ? resolve(message.result) : reject(new Error(message.error)),
    );
    child.once('error', reject);
    child.send({ spec, expectedStatus });
  });
}

function line(label: string, result: LoadResult): string {
  const rps = result.requestsPerSecond.toFixed(0).padStart(7);
  const problems =
    result.errors + result.badStatus > 0 ? `  errors ${result.errors} bad-status ${result.badStatus}` : '';
  return `${label.padEnd(28)}${rps} req/s   p50 ${result.p50Ms.toFixed(2)} ms   p99 ${result.p99Ms.toFixed(2)} ms   (${result.requests} requests)${problems}`;
}

async function main(): Promise<void> {
  // The gateway serves the real bundles: make sure they are current (incremental, quiet).
  await bundleFunctions({ log: () => undefined });
  const root = tempDir('bench-gateway');
  const cloud = await startLocalCloud({
    config: { ...readLocalConfig({}), port: 0, dataDir: path.join(root, 'data'), logLevel: 'silent', timers: false },
  });
  const hello = Fastify({ logger: false });
  hello.post('/hello', async () => ({ ok: true, data: { hello: 'world' } }));
  await hello.listen({ host: '127.0.0.1', port: 0 });
  const helloAddress = hello.server.address();
  const helloPort = typeof helloAddress === 'object' && helloAddress ? helloAddress.port : 0;

  try {
    const common = { method: 'POST' as const, connections: CONNECTIONS, durationMs: DURATION_MS, warmupMs: WARMUP_MS };
    const bare = await runLoad({ ...common, url: `http://127.0.0.1:${helloPort}/hello`, body: '{"action":"ping"}' });
    const gateway = await runLoad({
      ...common,
      url: `${cloud.url}/api/fn/system`,
      body: JSON.stringify({ action: 'ping', data: { echo: 'bench' } }),
    });
    const ratio = gateway.requestsPerSecond / bare.requestsPerSecond;
    process.stdout.write(
      `gateway bench: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each after ${WARMUP_MS / 1000} s warm-up\n`,
    );
    process.stdout.write(`${line('fastify hello-world', bare)}\n`);
    process.stdout.write(`${line('gateway system.ping', gateway)}\n`);
    process.stdout.write(
      `ratio gateway/hello-world: ${(ratio * 100).toFixed(1)}% (goal >= ${GOAL * 100}%) ${ratio >= GOAL ? 'OK' : 'BELOW GOAL'}\n`,
    );
  } finally {
    await hello.close();
    await cloud.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
