import { type DoorCommand, DoorError, type DoorVendor } from '../../ports/door-vendor';
import { readDahuaAccessLog } from './dahua-records';
import { checkDoorNo, type DeviceCallOptions, millisecondsSince, sendToDevice } from './device-request';
import type { DigestClient } from './digest-auth';
import type { HttpReply } from './http-exchange';

/**
 * Dahua access controllers over their HTTP CGI API (digest-authenticated GETs, plain-text answers: `OK`,
 * `key=value` lines, or `Error\r\n<reason>`). A command counts as done only when the controller answers `OK`.
 */

/** The CGI's one-call door actions. Keep-open and back-to-normal are door-config writes on Dahua, not commands. */
const ACTIONS: Partial<Record<DoorCommand, string>> = { open: 'openDoor', close: 'closeDoor' };

/** Who the controller logs as the opener of a remote command. */
const USER_ID = 'linli';

export function createDahuaCgi(deps: { client?: DigestClient } = {}): DoorVendor {
  const withClient = (options: DeviceCallOptions) => (deps.client ? { ...options, client: deps.client } : options);

  return {
    vendor: 'dahua',

    async command(device, doorNo, command, options) {
      const started = performance.now();
      checkDoorNo(device, doorNo);
      const action = ACTIONS[command];
      if (!action) {
        throw new DoorError('REJECTED', 'dahua', `"${command}" is not a Dahua CGI door command`, {
          detail: 'unsupported',
        });
      }
      const query = new URLSearchParams({ action, channel: String(doorNo), UserID: USER_ID, Type: 'Remote' });
      const reply = await sendToDevice(
        device,
        { method: 'GET', path: `/cgi-bin/accessControl.cgi?${query}` },
        withClient(options),
      );
      const text = answerText(reply);
      if (isSuccess(reply) && text === 'OK') return millisecondsSince(started);
      throw refusalOrNonsense(reply, text, `door ${doorNo} ${command} on ${device.deviceId}`);
    },

    async probe(device, options) {
      const started = performance.now();
      const reply = await sendToDevice(
        device,
        { method: 'GET', path: '/cgi-bin/magicBox.cgi?action=getDeviceType' },
        withClient(options),
      );
      const text = answerText(reply);
      if (isSuccess(reply) && /^type=\S/.test(text)) return millisecondsSince(started);
      throw refusalOrNonsense(reply, text, `getDeviceType of ${device.deviceId}`);
    },

    readAccessLog: (device, from, max, options) => readDahuaAccessLog(device, from, max, withClient(options)),
  };
}

function answerText(reply: HttpReply): string {
  return reply.body.toString('utf8').trim();
}

function isSuccess(reply: HttpReply): boolean {
  return reply.status >= 200 && reply.status < 300;
}

/** `Error\r\n<reason>` is the device saying no; anything else is not an answer this API gives. */
function refusalOrNonsense(reply: HttpReply, text: string, what: string): DoorError {
  const [first, ...rest] = text.split(/\r?\n/);
  if (first?.trim() === 'Error') {
    const reason = rest.join(' ').trim() || `HTTP ${reply.status}`;
    return new DoorError('REJECTED', 'dahua', `${what} refused: ${reason}`, { detail: reason });
  }
  return new DoorError('PROTOCOL', 'dahua', `${what}: unexpected answer (HTTP ${reply.status})`, {
    detail: text.slice(0, 200),
  });
}
