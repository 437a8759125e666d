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
 * (a log line per call would measure the terminal, not the gateway). Server CPU per request is printed too: on a
 * busy machine it moves less than requests/s.
 */
const CONNECTIONS = 20;
const DURATION_MS = 5000;
const WARMUP_MS = 2000;
const GOAL = 0.4;

interface Measured extends LoadResult {
  /** CPU time this process (where both servers run) spent per answered request in the measured window. */
  serverCpuUsPerRequest: number;
}

type LoadMessage = { recording: boolean } | { result: LoadResult } | { error: string };

async function runLoad(spec: LoadSpec, expectedStatus = 200): Promise<Measured> {
  const child = fork(path.join(__dirname, 'load-generator.ts'), { execArgv: ['--import', 'tsx'] });
  let cpuAtStart = process.cpuUsage();
  let cpuSpent = { user: 0, system: 0 };
  const result = await new Promise<LoadResult>((resolve, reject) => {
    child.on('message', (message: LoadMessage) => {
      if ('recording' in message) {
        if (message.recording) cpuAtStart = process.cpuUsage();
        else cpuSpent = process.cpuUsage(cpuAtStart);
      } else if ('result' in message) resolve(message.result);
      else reject(new Error(message.error));
    });
    child.once('error', reject);
    child.send({ spec, expectedStatus });
  });
  const cpuUs = cpuSpent.user + cpuSpent.system;
  return { ...result, serverCpuUsPerRequest: cpuUs / Math.max(1, result.requests) };
}

function line(label: string, result: Measured): string {
  const rps = result.requestsPerSecond.toFixed(0).padStart(7);
  const cpu = result.serverCpuUsPerRequest.toFixed(0).padStart(4);
  const problems =
    result.errors + result.badStatus > 0 ? `  errors ${result.errors} bad-status ${result.badStatus}` : '';
  return (
    `${label.padEnd(22)}${rps} req/s  server CPU ${cpu} µs/req  p50 ${result.p50Ms.toFixed(2)} ms  ` +
    `p99 ${result.p99Ms.toFixed(2)} ms  (${result.requests} requests)${problems}`
  );
}

async function main(): Promise<void> {
  // The gateway serves the real bundles: make sure they are current (incremental, quiet). LINLI_FUNCTIONS_DIR
  // points it elsewhere (e.g. fixture bundles) instead.
  const functionsDir = process.env.LINLI_FUNCTIONS_DIR;
  if (!functionsDir) await bundleFunctions({ log: () => undefined });
  const root = tempDir('bench-gateway');
  const config = readLocalConfig({ LINLI_FUNCTIONS_DIR: functionsDir });
  const cloud = await startLocalCloud({
    config: { ...config, port: 0, dataDir: path.join(root, 'data'), logLevel: 'silent', timers: false },
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
    const cpuRatio = bare.serverCpuUsPerRequest / gateway.serverCpuUsPerRequest;
    const verdict = ratio >= GOAL ? 'OK' : 'BELOW GOAL';
    const lines = [
      `gateway bench: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s each after ${WARMUP_MS / 1000} s warm-up`,
      line('fastify hello-world', bare),
      line('gateway system.ping', gateway),
      `ratio gateway/hello-world: ${(ratio * 100).toFixed(1)}% of requests/s (goal >= ${GOAL * 100}%) ${verdict}; ` +
        `${(cpuRatio * 100).toFixed(1)}% by server CPU per request`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
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
