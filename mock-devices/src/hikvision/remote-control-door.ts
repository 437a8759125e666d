import type { DoorCommand } from '../door-controller/door-event';
import { readBody } from '../http/io';
import { answer, type IsapiRequest, methodNotAllowed } from './isapi-request';
import { ISAPI_OK } from './isapi-status';
import { childText, parseIsapiXml } from './isapi-xml';

const COMMANDS: ReadonlySet<string> = new Set<DoorCommand>(['open', 'close', 'alwaysOpen', 'alwaysClose', 'resume']);
const isCommand = (value: string): value is DoorCommand => COMMANDS.has(value);

/**
 * `PUT /ISAPI/AccessControl/RemoteControl/door/{doorNo}` with `<RemoteControlDoor><cmd>open</cmd></RemoteControlDoor>`
 * (or, with `?format=json`, `{"RemoteControlDoor":{"cmd":"open"}}` and JSON answers).
 * The door number comes from the path; a door the controller does not have is an invalid operation (`invalidID`),
 * a body that is not a RemoteControlDoor document is `badXmlContent`, an unknown command `badParameters`.
 */
export async function remoteControlDoor(isapi: IsapiRequest, doorParam: string): Promise<void> {
  if (isapi.request.method !== 'PUT') return answer(isapi, methodNotAllowed);
  const body = await readBody(isapi.request);
  const doorNo = /^\d{1,3}$/.test(doorParam) ? Number(doorParam) : Number.NaN;
  if (!isapi.core.hasDoor(doorNo)) {
    return answer(isapi, { statusCode: 4, subStatusCode: 'invalidID', errorMsg: `no door ${doorParam}` });
  }
  const cmd = isapi.format === 'json' ? jsonCommand(body) : xmlCommand(body);
  if (cmd === undefined) {
    return answer(isapi, {
      statusCode: 6,
      subStatusCode: isapi.format === 'json' ? 'badJsonContent' : 'badXmlContent',
    });
  }
  if (!isCommand(cmd)) return answer(isapi, { statusCode: 6, subStatusCode: 'badParameters', errorMsg: 'cmd' });

  const host = isapi.request.socket.remoteAddress ?? '';
  isapi.core.command(doorNo, cmd, { user: isapi.user, host }, null);
  answer(isapi, ISAPI_OK);
}

function xmlCommand(body: string): string | undefined {
  const document = parseIsapiXml(body);
  return document?.root === 'RemoteControlDoor' ? childText(document.content, 'cmd')?.trim() : undefined;
}

/** `?format=json` bodies: `{"RemoteControlDoor":{"cmd":"open"}}`. */
function jsonCommand(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const door = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'RemoteControlDoor') : undefined;
    const cmd = typeof door === 'object' && door !== null ? Reflect.get(door, 'cmd') : undefined;
    return typeof cmd === 'string' ? cmd : undefined;
  } catch {
    return undefined;
  }
}
