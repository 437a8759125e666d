import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoSimulators } from './demo-devices';
import type { Simulator, SimulatorFactory, SimulatorInfo } from './simulator';

export interface MockDevicesOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The simulators to run; default: the demo door controllers (`DEMO_DOOR_CONTROLLERS`). Pass `[]` for none. */
  simulators?: readonly SimulatorFactory[];
}

export interface MockDevices {
  /** The control server's base URL, e.g. `http://127.0.0.1:8081`. */
  url: string;
  readonly devices: readonly SimulatorInfo[];
  close(): Promise<void>;
}

/**
 * Starts the mock-devices control server: `GET /health`, `GET /devices`, and each simulator under
 * `/devices/<id>/…`. Local only: the local cloud's adapters talk to it the way they would talk to real hardware.
 */
export async function startMockDevices(options: MockDevicesOptions): Promise<MockDevices> {
  const simulators = new Map<string, Simulator>();
  const server = createServer((request, response) => {
    route(simulators, request, response).catch((error: unknown) => {
      process.stderr.write(`[mock-devices] ${request.method} ${request.url}: ${String(error)}\n`);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: 'simulator failed' });
      else response.destroy();
    });
  });
  // A simulator that hangs must not keep the local cloud from shutting down.
  server.keepAliveTimeout = 2000;
  await listen(server, options.host, options.port);
  const { port } = server.address() as AddressInfo;
  const url = `http://${formatHost(options.host)}:${port}`;

  try {
    for (const create of options.simulators ?? demoSimulators()) {
      const simulator = await create({ baseUrl: url });
      if (simulators.has(simulator.id)) throw new Error(`two simulators share the id ${simulator.id}`);
      simulators.set(simulator.id, simulator);
    }
  } catch (error) {
    await closeAll(server, simulators);
    throw error;
  }

  return {
    url,
    get devices() {
      return [...simulators.values()].map((simulator) => simulator.describe());
    },
    close: () => closeAll(server, simulators),
  };
}

async function route(
  simulators: ReadonlyMap<string, Simulator>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { pathname } = new URL(request.url ?? '/', 'http://mock.local');
  if (request.method === 'GET' && pathname === '/health') {
    return sendJson(response, 200, { ok: true, devices: simulators.size });
  }
  if (request.method === 'GET' && (pathname === '/devices' || pathname === '/devices/')) {
    return sendJson(response, 200, { devices: [...simulators.values()].map((s) => s.describe()) });
  }
  const match = /^\/devices\/([^/]+)(\/.*)?$/.exec(pathname);
  const simulator = match?.[1] ? simulators.get(decodeURIComponent(match[1])) : undefined;
  if (simulator && (await simulator.handle(request, response, match?.[2] ?? '/'))) return;
  sendJson(response, 404, { ok: false, error: 'no such device or endpoint' });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function closeAll(server: Server, simulators: Map<string, Simulator>): Promise<void> {
  const closing = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await Promise.allSettled([...simulators.values()].map((simulator) => simulator.close()));
  simulators.clear();
  await closing;
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
