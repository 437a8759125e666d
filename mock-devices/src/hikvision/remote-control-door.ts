import type { DoorCommand } from '../door-controller/door-event';
import { readBody } from '../http/io';
import { answer, type IsapiRequest, methodNotAllowed } from './isapi-request';
import { ISAPI_OK } from './isapi-status';
import { childText, parseIsapiXml } from './isapi-xml';

const COMMANDS: ReadonlySet<string> = new Set<DoorCommand>(['open', 'close', 'alwaysOpen', 'alwaysClose', 'resume']);
const isCommand = (value: string): value is DoorCommand => COMMANDS.has(value);

/**
 * `PUT /ISAPI/AccessControl/RemoteControl/door/{doorNo}` with `<RemoteControlDoor><cmd>open</cmd></RemoteControlDoor>`.
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
  const document = parseIsapiXml(body);
  const cmd = document?.root === 'RemoteControlDoor' ? childText(document.content, 'cmd')?.trim() : undefined;
  if (cmd === undefined) return answer(isapi, { statusCode: 6, subStatusCode: 'badXmlContent' });
  if (!isCommand(cmd)) return answer(isapi, { statusCode: 6, subStatusCode: 'badParameters', errorMsg: 'cmd' });

  const host = isapi.request.socket.remoteAddress ?? '';
  isapi.core.command(doorNo, cmd, { user: isapi.user, host }, null);
  answer(isapi, ISAPI_OK);
}
