import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodType } from 'zod';
import { readBody, sendJson } from '../http/io';
import type { DoorControllerCore } from './controller-core';
import type { DoorProtocol } from './door-protocol';
import { ZFaceSwipe, ZFaultPatch } from './faults';

/**
 * The per-device control API under `/devices/<id>/_control` (never authenticated, unaffected by faults: it is the
 * test's hand on the device, not part of the vendor protocol). See the module header of `index.ts` for the list.
 */
export async function handleControl(
  core: DoorControllerCore,
  protocol: DoorProtocol,
  describe: () => unknown,
  request: IncomingMessage,
  response: ServerResponse,
  subpath: string,
): Promise<boolean> {
  const route = `${request.method ?? 'GET'} ${subpath.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_control':
      sendJson(response, 200, { ok: true, device: describe() });
      return true;
    case 'POST /_control': {
      const patch = await readJson(request, response, ZFaultPatch);
      if (!patch) return true;
      if (core.patchFaults(patch).cameOnline) protocol.onOnline();
      sendJson(response, 200, { ok: true, device: describe() });
      return true;
    }
    case 'POST /_control/reset':
      core.reset();
      protocol.onOnline();
      sendJson(response, 200, { ok: true, device: describe() });
      return true;
    case 'POST /_control/face': {
      const swipe = await readJson(request, response, ZFaceSwipe);
      if (!swipe) return true;
      if (!core.hasDoor(swipe.doorNo)) {
        sendJson(response, 404, { ok: false, error: `${core.spec.id} has no door ${swipe.doorNo}` });
        return true;
      }
      const event = core.swipeFace(swipe.doorNo, swipe.employeeNo, swipe.name ?? null, swipe.granted ?? true);
      sendJson(response, 200, { ok: true, event: protocol.renderEvent(event) });
      return true;
    }
    case 'GET /_control/events':
      sendJson(response, 200, { ok: true, events: core.events().map((event) => protocol.renderEvent(event)) });
      return true;
    default:
      return false;
  }
}

async function readJson<T>(request: IncomingMessage, response: ServerResponse, schema: ZodType<T>): Promise<T | null> {
  let input: unknown;
  try {
    const text = await readBody(request);
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    sendJson(response, 400, { ok: false, error: `body is not JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    sendJson(response, 400, { ok: false, error: 'invalid control request', issues });
    return null;
  }
  return parsed.data;
}
