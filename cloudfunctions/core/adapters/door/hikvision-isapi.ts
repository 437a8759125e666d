import type { CallOptions, DeviceEndpoint, DoorCommand, DoorVendor } from '../../ports/door-vendor';
import { checkDoorNo, millisecondsSince, sendToDevice } from './device-request';
import type { DigestClient } from './digest-auth';
import { configureEventPush } from './hikvision-event-host';
import { searchAccessEvents } from './hikvision-event-search';
import { parseHikvisionEventPush } from './hikvision-events';
import type { HttpReply } from './http-exchange';
import { escapeXml, expectIsapiOk, parseIsapiXml, protocol } from './isapi-status';

export { configureEventPush } from './hikvision-event-host';
export { searchAccessEvents } from './hikvision-event-search';

/** The listening-host slot Linli uses on every controller (slot 1; others stay free for the site's own systems). */
export const LINLI_HTTP_HOST_SLOT = 1;

/**
 * Hikvision access controllers over ISAPI (digest-authenticated HTTP, XML answers). A command counts as done only
 * when the controller answers `<ResponseStatus>` with statusCode 1.
 */

const ISAPI_NS = 'http://www.isapi.org/ver20/XMLSchema';
const XML = 'application/xml; charset="UTF-8"';

/** Our commands are ISAPI's own `cmd` values (`resume` puts an always-open/closed door back to normal). */
const CMD: Record<DoorCommand, string> = { open: 'open', close: 'close', alwaysOpen: 'alwaysOpen', resume: 'resume' };

export function createHikvisionIsapi(deps: { client?: DigestClient } = {}): DoorVendor {
  const withClient = (options: CallOptions) => (deps.client ? { ...options, client: deps.client } : options);

  return {
    vendor: 'hikvision',

    async command(device, doorNo, command, options) {
      const started = performance.now();
      checkDoorNo(device, doorNo);
      const reply = await sendToDevice(
        device,
        {
          method: 'PUT',
          path: `/ISAPI/AccessControl/RemoteControl/door/${doorNo}`,
          body: remoteControlDoorXml(command),
          contentType: XML,
        },
        withClient(options),
      );
      expectIsapiOk(reply, `door ${doorNo} ${command} on ${device.deviceId}`);
      return millisecondsSince(started);
    },

    async probe(device, options) {
      const started = performance.now();
      const reply = await sendToDevice(
        device,
        { method: 'GET', path: '/ISAPI/System/deviceInfo' },
        withClient(options),
      );
      expectDeviceInfo(device, reply);
      return millisecondsSince(started);
    },

    events: {
      subscribe: (device, webhookUrl, options) =>
        configureEventPush(device, { id: LINLI_HTTP_HOST_SLOT, url: webhookUrl }, withClient(options)),
      parsePush: parseHikvisionEventPush,
    },

    // The controller's own event log: what its pushes carried, read back to catch up on pushes our webhook missed.
    readAccessLog: (device, from, max, options) =>
      searchAccessEvents(
        device,
        { from, to: new Date(Date.now() + SEARCH_SLACK_MS).toISOString(), position: 0, max: Math.min(max, 30) },
        withClient(options),
      ),
  };
}

/** How far past our clock an event search reaches, for a controller whose clock runs ahead. */
const SEARCH_SLACK_MS = 24 * 3600 * 1000;

function remoteControlDoorXml(command: DoorCommand): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<RemoteControlDoor version="2.0" xmlns="${ISAPI_NS}"><cmd>${escapeXml(CMD[command])}</cmd></RemoteControlDoor>`
  );
}

/** A `<DeviceInfo>` on a 2xx is an answering controller; a `<ResponseStatus>` is its refusal. */
function expectDeviceInfo(device: DeviceEndpoint, reply: HttpReply): void {
  const isSuccess = reply.status >= 200 && reply.status < 300;
  if (isSuccess && /<(?:\w+:)?DeviceInfo[\s>]/.test(reply.body.toString('utf8'))) {
    parseIsapiXml(reply, 'DeviceInfo');
    return;
  }
  expectIsapiOk(reply, `deviceInfo of ${device.deviceId}`);
  throw protocol('an OK <ResponseStatus> where <DeviceInfo> was expected', reply);
}
