import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DoorControllerCore } from '../door-controller/controller-core';
import type { DoorEvent } from '../door-controller/door-event';
import type { DoorProtocol } from '../door-controller/door-protocol';
import { send } from '../http/io';

const TEXT = 'text/plain;charset=utf-8';
const BAD_REQUEST = 'Error\r\nBad Request!\r\n';
const NOT_IMPLEMENTED = 'Error\r\nNot Implemented!\r\n';

/**
 * Dahua's HTTP CGI API as its access controllers (ASC12xx) speak it: digest on every request, `key=value` or `OK`
 * text answers, and `Error\r\n<reason>` on failure (400 `Bad Request!` for a bad parameter, 501 `Not Implemented!`
 * for an action the model lacks).
 */
export class DahuaProtocol implements DoorProtocol {
  readonly model: string;
  private readonly serial: string;

  constructor(private readonly core: DoorControllerCore) {
    this.model = core.spec.doors.length > 2 ? 'DHI-ASC1204C-D' : 'DHI-ASC1202C-D';
    this.serial = DahuaProtocol.serialOf(core.spec);
  }

  static serialOf(spec: DoorControllerCore['spec']): string {
    return `8H0${createHash('sha256').update(`dahua:${spec.id}`).digest('hex').slice(0, 12).toUpperCase()}`;
  }

  async handle(request: IncomingMessage, response: ServerResponse, subpath: string): Promise<boolean> {
    if (!subpath.startsWith('/cgi-bin/')) return false;
    const auth = this.core.authenticate(request);
    if (!auth.ok) {
      send(response, 401, TEXT, 'Error\r\nInvalid Authority!\r\n', { 'www-authenticate': auth.challenge });
      return true;
    }
    const { failWith } = this.core.faults;
    if (failWith === 'error') {
      send(response, 500, TEXT, 'Error\r\nInternal Error!\r\n');
      return true;
    }
    if (failWith === 'malformed') {
      send(response, 200, 'text/html', '<html><head><title>Document Er');
      return true;
    }

    const query = new URL(request.url ?? subpath, 'http://device').searchParams;
    const [status, body] = this.route(request, subpath, query);
    send(response, status, TEXT, body);
    return true;
  }

  private route(request: IncomingMessage, subpath: string, query: URLSearchParams): [number, string] {
    const action = query.get('action');
    if (request.method !== 'GET') return [400, BAD_REQUEST];
    if (subpath === '/cgi-bin/accessControl.cgi') return this.accessControl(request, action, query);
    if (subpath === '/cgi-bin/magicBox.cgi' && action === 'getDeviceType') return [200, `type=${this.model}\r\n`];
    if (subpath === '/cgi-bin/magicBox.cgi' && action === 'getSerialNo') return [200, `sn=${this.serial}\r\n`];
    if (subpath === '/cgi-bin/recordFinder.cgi' && action === 'find') return this.findRecords(query);
    return [501, NOT_IMPLEMENTED];
  }

  /**
   * `recordFinder.cgi?action=find&name=AccessControlCardRec[&StartTime=…&EndTime=…][&count=…]`: the access records
   * (every door opening, by face, card or remote command) whose CreateTime (epoch seconds) lies in the range, oldest
   * first, as `found=N` and `records[i].Field=value` lines.
   */
  private findRecords(query: URLSearchParams): [number, string] {
    if (query.get('name') !== 'AccessControlCardRec') return [400, BAD_REQUEST];
    const bound = (name: string, fallback: number) => {
      const value = query.get(name);
      return value === null ? fallback : /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
    };
    const [start, end, count] = [
      bound('StartTime', 0),
      bound('EndTime', Number.MAX_SAFE_INTEGER),
      bound('count', 1024),
    ];
    if ([start, end, count].some(Number.isNaN)) return [400, BAD_REQUEST];
    const records = this.core
      .events()
      .filter((event) => event.action === 'open')
      .map((event) => this.renderEvent(event))
      .filter((record) => record.CreateTime >= start && record.CreateTime <= end)
      .slice(0, Math.min(count, 1024));
    const lines = [`found=${records.length}`];
    records.forEach((record, index) => {
      for (const [field, value] of Object.entries(record)) lines.push(`records[${index}].${field}=${value}`);
    });
    return [200, `${lines.join('\r\n')}\r\n`];
  }

  /**
   * `accessControl.cgi?action=openDoor|closeDoor|getDoorStatus&channel=N[&UserID=…&Type=Remote]`; answers the HTTP
   * status and text body.
   */
  private accessControl(request: IncomingMessage, action: string | null, query: URLSearchParams): [number, string] {
    const channel = query.get('channel') ?? '';
    const doorNo = /^\d{1,3}$/.test(channel) ? Number(channel) : Number.NaN;
    if (action !== 'openDoor' && action !== 'closeDoor' && action !== 'getDoorStatus') return [501, NOT_IMPLEMENTED];
    if (!this.core.hasDoor(doorNo)) return [400, BAD_REQUEST];
    if (action === 'getDoorStatus') {
      const door = this.core.doorStates().find((state) => state.doorNo === doorNo);
      return [200, `Info.status=${door?.mode === 'alwaysOpen' ? 'Open' : 'Close'}\r\n`];
    }
    if ((query.get('Type') ?? 'Remote') !== 'Remote') return [400, BAD_REQUEST];
    const remote = { user: this.core.spec.username, host: request.socket.remoteAddress ?? '' };
    this.core.command(doorNo, action === 'openDoor' ? 'open' : 'close', remote, query.get('UserID'));
    return [200, 'OK\r\n'];
  }

  /**
   * The event as an `AccessControlCardRec` record (recordFinder.cgi's fields). Method is the SDK's
   * NET_ACCESS_DOOROPEN_METHOD: 5 remote (a platform's command), 15 face recognition.
   */
  renderEvent(event: DoorEvent) {
    return {
      RecNo: event.serialNo,
      CreateTime: Math.floor(event.at / 1000),
      CardNo: '',
      Door: event.doorNo - 1,
      ErrorCode: event.granted ? 0 : 16,
      Method: event.method === 'face' ? 15 : 5,
      Status: event.granted ? 1 : 0,
      Type: event.action === 'close' ? 'Exit' : 'Entry',
      UserID: event.subject ?? '',
      CardName: event.name ?? '',
    };
  }

  describe(): Record<string, unknown> {
    return { serialNumber: this.serial };
  }

  onOnline(): void {}

  async close(): Promise<void> {}
}
