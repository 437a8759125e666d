import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { portInUse } from './startup-error';

/** Listens on the configured port; a port someone else holds is a clear start-up error, not a stack trace. */
export async function listenOrExplain(app: FastifyInstance, host: string, port: number): Promise<number> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    if (isAddressInUse(error)) throw portInUse(host, port, error);
    throw error;
  }
  return (app.server.address() as AddressInfo).port;
}

/**
 * Starts a server on `first`, or the next port up when that one is taken (mock-devices sits beside the local cloud's
 * port). Port 0 means any free port.
 */
export async function listenOnNextFreePort<T>(
  first: number,
  start: (port: number) => Promise<T>,
  tries = 20,
): Promise<T> {
  for (let offset = 0; ; offset += 1) {
    const port = first === 0 ? 0 : first + offset;
    try {
      return await start(port);
    } catch (error) {
      if (!isAddressInUse(error) || first === 0 || offset + 1 >= tries || port >= 65535) throw error;
    }
  }
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
}
