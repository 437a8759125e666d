import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type DoorControllerOptions,
  type DoorControllerSpec,
  deviceBaseUrl,
  doorController,
  startMockDevices,
} from '@linli/mock-devices';
import type { DeviceEndpoint } from '../../../ports/door-vendor';

/**
 * Test kit for the door adapters: the real mock-devices simulators on 127.0.0.1, reached through a recording proxy
 * so a test can see each request on the wire (whether it carried a digest answer, what the device said).
 */

export const HIK: DoorControllerSpec = {
  id: 'hik-t1',
  vendor: 'hikvision',
  name: '测试大门',
  compoundId: 'cpd-test',
  doors: [
    { doorNo: 1, name: '南门' },
    { doorNo: 2, name: '北门' },
  ],
  username: 'linli-test',
  password: 'Hik#pass-2026',
};

export const DAHUA: DoorControllerSpec = { ...HIK, id: 'dahua-t1', vendor: 'dahua', password: 'Dh#pass-2026' };

export interface SeenRequest {
  method: string;
  url: string;
  /** The request carried `Authorization: Digest …`. */
  hasDigest: boolean;
  status: number;
}

export interface DoorKit {
  /** Requests that went through the proxy since the last `takeSeen()`. */
  takeSeen(): SeenRequest[];
  endpoint(spec: DoorControllerSpec, overrides?: Partial<DeviceEndpoint>): DeviceEndpoint;
  /** `POST /_control` (faults) or a sub-path such as `/reset`, `/face`. */
  control(id: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  /** The simulator's own view (`GET /_control`). */
  device(id: string): Promise<{ doors: { doorNo: number; opens: number; mode: string }[] }>;
  close(): Promise<void>;
}

export async function startDoorKit(
  specs: DoorControllerSpec[] = [HIK, DAHUA],
  options: DoorControllerOptions = { lockout: null },
): Promise<DoorKit> {
  const mock = await startMockDevices({
    host: '127.0.0.1',
    port: 0,
    simulators: specs.map((spec) => doorController(spec, options)),
  });
  const seen: SeenRequest[] = [];
  const proxy = await listen(
    createServer((incoming, outgoing) => {
      const target = new URL(incoming.url ?? '/', mock.url);
      const upstream = httpRequest(target, { method: incoming.method, headers: incoming.headers }, (answer) => {
        seen.push(record(incoming, answer.statusCode ?? 0));
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      // The simulator's `offline` destroys the socket: pass that on as the same silence.
      upstream.on('error', () => {
        seen.push(record(incoming, 0));
        outgoing.socket?.destroy();
      });
      incoming.pipe(upstream);
    }),
  );
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  const control = async (id: string, path: string, body?: unknown) => {
    const response = await fetch(`${mock.url}/devices/${id}/_control${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body !== undefined && { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`control ${id}${path}: HTTP ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    takeSeen: () => seen.splice(0),
    endpoint: (spec, overrides = {}) => ({
      deviceId: spec.id,
      vendor: spec.vendor,
      baseUrl: deviceBaseUrl(proxyUrl, spec.id),
      username: spec.username,
      password: spec.password,
      ...overrides,
    }),
    control,
    device: async (id) => {
      const { device } = (await control(id, '')) as {
        device: { doors: { doorNo: number; opens: number; mode: string }[] };
      };
      return device;
    },
    async close() {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await mock.close();
    },
  };
}

function record(incoming: IncomingMessage, status: number): SeenRequest {
  return {
    method: incoming.method ?? '',
    url: incoming.url ?? '',
    hasDigest: /^Digest\s/i.test(incoming.headers.authorization ?? ''),
    status,
  };
}

export function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** An address where nothing listens: a port that was free a moment ago. */
export async function deadAddress(): Promise<string> {
  const server = await listen(createServer());
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Settles the promise and hands back what it rejected with; throws if it resolved (a false success). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error(`expected a rejection, got a success: ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}
