import http from 'node:http';
import { createDigestClient } from '../cloudfunctions/core/adapters/door/digest-auth';
import { createHikvisionIsapi } from '../cloudfunctions/core/adapters/door/hikvision-isapi';
import type { DeviceEndpoint } from '../cloudfunctions/core/ports/door-vendor';

/**
 * The door bench's client, forked into its own process so neither path's client work lands on the server's event
 * loop: it taps through the local cloud (HTTP keep-alive, one resident session per tap) and calls the controller
 * directly with the ISAPI adapter, one at a time and `tokens.length` at once, and sends back every latency.
 */
export interface DoorClientJob {
  cloudUrl: string;
  doorId: string;
  tokens: string[];
  device: DeviceEndpoint;
  rounds: number;
}

export interface DoorClientResult {
  sequential: { cloud: number[]; direct: number[] };
  concurrent: { cloud: number[]; direct: number[] };
  /** Cloud answers by code: "opened" or the error code. */
  answers: Record<string, number>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function openThroughCloud(job: DoorClientJob, token: string): Promise<string> {
  const body = JSON.stringify({ action: 'open', data: { doorId: job.doorId }, token });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${job.cloudUrl}/api/fn/door`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { code: string } };
          resolve(envelope.error?.code ?? 'opened');
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function runJob(job: DoorClientJob): Promise<DoorClientResult> {
  const isapi = createHikvisionIsapi({ client: createDigestClient() });
  const openDirect = () => isapi.command(job.device, 1, 'open', { timeoutMs: 3000 });
  const answers: Record<string, number> = {};
  const cloud = async (token: string) => {
    const code = await openThroughCloud(job, token);
    answers[code] = (answers[code] ?? 0) + 1;
  };
  // Warm both paths: JIT, keep-alive sockets, digest nonces.
  await openDirect();
  await cloud(job.tokens[0] as string);

  const result: DoorClientResult = {
    sequential: { cloud: [], direct: [] },
    concurrent: { cloud: [], direct: [] },
    answers,
  };
  for (const token of job.tokens) {
    result.sequential.cloud.push(await timed(() => cloud(token)));
    result.sequential.direct.push(await timed(openDirect));
  }
  for (let round = 0; round < job.rounds; round += 1) {
    result.concurrent.cloud.push(...(await Promise.all(job.tokens.map((token) => timed(() => cloud(token))))));
    result.concurrent.direct.push(...(await Promise.all(job.tokens.map(() => timed(openDirect)))));
  }
  return result;
}

process.once('message', (job: DoorClientJob) => {
  runJob(job).then(
    (result) => process.send?.({ result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
  );
});
