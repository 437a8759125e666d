import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Simulator } from './simulator';
import { startMockDevices } from './start';

function fakeDoor(id: string): Simulator {
  let opened = 0;
  return {
    id,
    vendor: 'test',
    kind: 'door-controller',
    describe: () => ({ id, vendor: 'test', kind: 'door-controller', opened }),
    async handle(_request: IncomingMessage, response: ServerResponse, subpath: string) {
      if (subpath !== '/open') return false;
      opened += 1;
      response.end('opened');
      return true;
    },
    close: async () => undefined,
  };
}

describe('startMockDevices', () => {
  it('answers health and an empty device list when told to run no simulator', async () => {
    const mock = await startMockDevices({ host: '127.0.0.1', port: 0, simulators: [] });
    try {
      expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${mock.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, devices: 0 });
      expect(await (await fetch(`${mock.url}/devices`)).json()).toEqual({ devices: [] });
      expect(mock.devices).toEqual([]);
      expect((await fetch(`${mock.url}/nothing`)).status).toBe(404);
    } finally {
      await mock.close();
    }
  });

  it('routes a device path to its simulator and lists what it reports', async () => {
    const mock = await startMockDevices({ host: '127.0.0.1', port: 0, simulators: [() => fakeDoor('gate-1')] });
    try {
      expect((await fetch(`${mock.url}/devices/gate-1/open`)).status).toBe(200);
      expect((await fetch(`${mock.url}/devices/gate-1/unknown`)).status).toBe(404);
      expect((await fetch(`${mock.url}/devices/gate-2/open`)).status).toBe(404);
      expect(await (await fetch(`${mock.url}/devices`)).json()).toEqual({
        devices: [{ id: 'gate-1', vendor: 'test', kind: 'door-controller', opened: 1 }],
      });
    } finally {
      await mock.close();
    }
  });

  it('refuses two simulators with one id and frees its port', async () => {
    await expect(
      startMockDevices({ host: '127.0.0.1', port: 0, simulators: [() => fakeDoor('a'), () => fakeDoor('a')] }),
    ).rejects.toThrow('two simulators share the id a');
  });

  it('stops listening when closed', async () => {
    const mock = await startMockDevices({ host: '127.0.0.1', port: 0, simulators: [] });
    await mock.close();
    await expect(fetch(`${mock.url}/health`)).rejects.toThrow();
  });
});
