import type { ErrorCode, Transport } from '@linli/shared';

/**
 * A stand-in for the cloud in component tests: answers `fn.action` with handlers a test registers, in the real wire
 * envelope, so the app's typed client (and its response validation) runs as in production. Records every call.
 */
type Handler = (data: unknown) => unknown;

export class FakeFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export interface FakeCloud {
  transport: Transport;
  calls: { route: string; data: unknown; token?: string }[];
  on: (route: string, handler: Handler) => void;
  callsTo: (route: string) => unknown[];
  reset: () => void;
}

export function createFakeCloud(): FakeCloud {
  const handlers = new Map<string, Handler>();
  const cloud: FakeCloud = {
    calls: [],
    transport: async (fn, event) => {
      const route = `${fn}.${event.action}`;
      cloud.calls.push({ route, data: event.data, token: event.token });
      const handler = handlers.get(route);
      if (!handler) {
        return { ok: false, error: { code: 'FN.UNKNOWN_ACTION', message: '不支持的操作', requestId: 'test' } };
      }
      try {
        return { ok: true, data: await handler(event.data) };
      } catch (error) {
        if (!(error instanceof FakeFailure)) throw error;
        const body = { code: error.code, message: error.message, requestId: 'test' };
        return { ok: false, error: error.issues ? { ...body, issues: error.issues } : body };
      }
    },
    on: (route, handler) => {
      handlers.set(route, handler);
    },
    callsTo: (route) => cloud.calls.filter((c) => c.route === route).map((c) => c.data),
    reset: () => {
      handlers.clear();
      cloud.calls = [];
    },
  };
  return cloud;
}
