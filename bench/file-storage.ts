import { fork } from 'node:child_process';
import { createReadStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { jpegOfSize } from '@linli/shared/testing/sample-images';
import Fastify from 'fastify';
import { type LocalFileStorage, localFileStorageFor } from '../cloudfunctions/core/adapters/files/local-file-storage';
import { systemClock } from '../cloudfunctions/core/ports/clock';
import { startLocalCloud } from '../cloudfunctions/local/local-cloud';
import { tempDir, writeFunctionsDir } from '../cloudfunctions/local/testing/fixtures';
import type { LoadResult, LoadSpec } from './load-generator';

/**
 * The local FileStorage: `put` throughput (sniff, SHA-256, write-then-rename of content and metadata) for 200 KB and
 * 5 MB photos, against the floor of writing the same bytes with a bare write-then-rename; uploads through the local
 * cloud's `POST /api/files` (client in this process); and serving by signed URL through `GET /files/<key>` (load from
 * a forked process), against a bare fastify route streaming the same file without checking anything.
 *
 *   npx tsx bench/file-storage.ts [files-of-200KB] [files-of-5MB]     (defaults 400 and 40)
 */
const SMALL = { label: '200 KB', bytes: 200 * 1024, count: Number(process.argv[2] ?? 400) };
const LARGE = { label: '5 MB', bytes: 5 * 1024 * 1024, count: Number(process.argv[3] ?? 40) };
const CONCURRENT_PUTS = 8;
const CONCURRENT_UPLOADS = 4;
const LOAD = { connections: 16, durationMs: 4000, warmupMs: 1000 };
const MB = 1024 * 1024;

interface Rate {
  filesPerSecond: number;
  mbPerSecond: number;
}

async function timed(count: number, bytes: number, concurrency: number, one: (i: number) => Promise<unknown>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await one(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { filesPerSecond: count / seconds, mbPerSecond: (count * bytes) / MB / seconds };
}

const fmt = (rate: Rate) =>
  `${rate.filesPerSecond.toFixed(0).padStart(6)} files/s ${rate.mbPerSecond.toFixed(0).padStart(5)} MB/s`;

function runLoad(spec: LoadSpec, expectedStatus = 200): Promise<LoadResult> {
  const child = fork(path.join(__dirname, 'load-generator.ts'), { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.on('message', (message: { recording: boolean } | { result: LoadResult } | { error: string }) => {
      if ('result' in message) resolve(message.result);
      else if ('error' in message) reject(new Error(message.error));
    });
    child.once('error', reject);
    child.send({ spec, expectedStatus });
  });
}

/**
 * The load generator keeps small answers cheap but gathers a body by concatenating chunks, which for a 5 MB photo
 * would measure the client; photos are read here by a streaming keep-alive client, forked like the load generator.
 */
interface StreamResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

function runStreamingClient(url: string): Promise<StreamResult> {
  const child = fork(__filename, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, LINLI_BENCH_CLIENT: url },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: StreamResult) => resolve(message));
    child.once('error', reject);
  });
}

async function streamingClient(url: string): Promise<StreamResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: LOAD.connections });
  let recording = false;
  let running = true;
  let errors = 0;
  const latencies: number[] = [];
  const once = () =>
    new Promise<void>((resolve) => {
      const sentAt = performance.now();
      get(url, { agent }, (response) => {
        response.on('data', () => undefined);
        response.on('end', () => {
          if (recording) {
            if (response.statusCode === 200) latencies.push(performance.now() - sentAt);
            else errors++;
          }
          resolve();
        });
      }).on('error', () => {
        if (recording) errors++;
        resolve();
      });
    });
  const loops = Array.from({ length: LOAD.connections }, async () => {
    while (running) await once();
  });
  await new Promise((resolve) => setTimeout(resolve, LOAD.warmupMs));
  recording = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, LOAD.durationMs));
  recording = false;
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await Promise.all(loops);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { requestsPerSecond: sorted.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99), errors };
}

const served = (label: string, result: StreamResult, bytes: number) =>
  `${label.padEnd(34)}${result.requestsPerSecond.toFixed(0).padStart(6)} req/s ` +
  `${((result.requestsPerSecond * bytes) / MB).toFixed(0).padStart(5)} MB/s  p50 ${result.p50Ms.toFixed(2)} ms  ` +
  `p99 ${result.p99Ms.toFixed(2)} ms${result.errors > 0 ? `  errors ${result.errors}` : ''}`;

async function benchPuts(files: LocalFileStorage, floorDir: string): Promise<void> {
  console.log(
    `put (sniff + SHA-256 + content and metadata written then renamed), ${CONCURRENT_PUTS} at once where said`,
  );
  for (const size of [SMALL, LARGE]) {
    const photo = jpegOfSize(size.bytes);
    const floor = await timed(size.count, size.bytes, 1, async (i) => {
      const target = path.join(floorDir, `${size.bytes}-${i}`);
      await writeFile(`${target}.tmp`, photo, { flag: 'wx' });
      await rename(`${target}.tmp`, target);
    });
    const one = await timed(size.count, size.bytes, 1, () => files.put(photo, 'bench-owner'));
    const many = await timed(size.count, size.bytes, CONCURRENT_PUTS, () => files.put(photo, 'bench-owner'));
    console.log(`  ${size.label.padEnd(7)} bare write+rename   ${fmt(floor)}`);
    console.log(
      `  ${size.label.padEnd(7)} put, one at a time  ${fmt(one)}   = ${(one.mbPerSecond / floor.mbPerSecond).toFixed(2)}× the floor`,
    );
    console.log(`  ${size.label.padEnd(7)} put, ${CONCURRENT_PUTS} at once      ${fmt(many)}`);
  }
}

async function main(): Promise<void> {
  const root = tempDir('bench-files');
  const floorDir = path.join(root, 'floor');
  mkdirSync(floorDir);
  const cloud = await startLocalCloud({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir: path.join(root, 'data'),
      mode: 'dev',
      logLevel: 'silent',
      timers: false,
      functionsDir: writeFunctionsDir(path.join(root, 'functions')),
    },
  });
  const bare = Fastify({ logger: false });
  try {
    // The bundles' own FileStorage in the local cloud: same folder, same derived URL key.
    const secret = readFileSync(path.join(cloud.dataDir, 'session-secret'), 'utf8').trim();
    const files = localFileStorageFor(cloud.dataDir, secret, systemClock);
    console.log(`data folder ${cloud.dataDir} (${process.platform}, node ${process.version})\n`);
    await benchPuts(files, floorDir);

    const login = await fetch(`${cloud.url}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: 'demo-owner-zhang' }),
    });
    const { token } = (await login.json()) as { token: string };
    console.log(
      `\nPOST /api/files through the local cloud (raw body, ${CONCURRENT_UPLOADS} at once, client in this process)`,
    );
    for (const size of [SMALL, LARGE]) {
      const photo = new Uint8Array(jpegOfSize(size.bytes));
      const rate = await timed(Math.ceil(size.count / 2), size.bytes, CONCURRENT_UPLOADS, async () => {
        const response = await fetch(`${cloud.url}/api/files`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
          body: photo,
        });
        if (response.status !== 200) throw new Error(`upload answered ${response.status}`);
        await response.arrayBuffer();
      });
      console.log(`  ${size.label.padEnd(7)} ${fmt(rate)}`);
    }

    console.log(
      `\nGET by signed URL, ${LOAD.connections} keep-alive connections from a forked streaming client, ${LOAD.durationMs / 1000} s`,
    );
    bare.get('/plain/:size', (request, reply) => {
      const { size } = request.params as { size: string };
      const file = path.join(floorDir, `${size}-0`);
      return reply
        .header('content-type', 'image/jpeg')
        .header('content-length', Number(size))
        .send(createReadStream(file));
    });
    const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
    for (const size of [SMALL, LARGE]) {
      const stored = await files.put(jpegOfSize(size.bytes), 'bench-owner');
      const [entry] = await files.urls([stored.fileId]);
      const signed = await runStreamingClient(`${cloud.url}${entry?.url}`);
      const plain = await runStreamingClient(`${bareUrl}/plain/${size.bytes}`);
      console.log(served(`  ${size.label} signed URL (local cloud)`, signed, size.bytes));
      console.log(served(`  ${size.label} bare fastify stream`, plain, size.bytes));
      console.log(
        `  ${size.label} signed URL / bare = ${(signed.requestsPerSecond / plain.requestsPerSecond).toFixed(2)}`,
      );
    }
    const forged = await runLoad(
      {
        method: 'GET',
        ...LOAD,
        url: `${cloud.url}/files/${'0'.repeat(25)}?exp=9999999999&sig=${'A'.repeat(43)}`,
      },
      403,
    );
    console.log(
      served('  forged signature (403, load generator)', { ...forged, errors: forged.errors + forged.badStatus }, 0),
    );
  } finally {
    await bare.close();
    await cloud.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const clientOf = process.env.LINLI_BENCH_CLIENT;
if (clientOf) {
  streamingClient(clientOf).then((result) => process.send?.(result, () => process.exit(0)));
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
