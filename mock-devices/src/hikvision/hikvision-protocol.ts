import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DoorControllerCore } from '../door-controller/controller-core';
import type { DoorEvent } from '../door-controller/door-event';
import type { DoorProtocol } from '../door-controller/door-protocol';
import { send } from '../http/io';
import { acsEventEntry, type DeviceIdentity } from './access-controller-event';
import { searchAcsEvents } from './acs-event-search';
import { hardwareIdentity } from './device-info';
import { EventPusher } from './event-push';
import { type HttpHost, pushTargetOf } from './http-hosts';
import { handleHttpHosts } from './http-hosts-endpoint';
import { answer, type IsapiRequest } from './isapi-request';
import { type IsapiFormat, sendIsapiStatus, sendMalformed, sendUnauthorized } from './isapi-status';
import { isapiDocument, XML_CONTENT_TYPE } from './isapi-xml';
import { remoteControlDoor } from './remote-control-door';

const DOOR_PATH = /^\/ISAPI\/AccessControl\/RemoteControl\/door\/([^/]+)$/;
const HOSTS_PATH = /^\/ISAPI\/Event\/notification\/httpHosts(?:\/([^/]+))?$/;

/**
 * Hikvision ISAPI as an access controller (DS-K26xx) speaks it: digest on every request, XML ResponseStatus answers
 * (JSON with `?format=json`), remote door control, event search and HTTP listening-host pushes.
 */
export class HikvisionProtocol implements DoorProtocol {
  readonly model: string;
  private readonly hosts = new Map<number, HttpHost>();
  private readonly pusher: EventPusher;
  private readonly hardware: ReturnType<typeof hardwareIdentity>;

  constructor(
    private readonly core: DoorControllerCore,
    baseUrl: string,
  ) {
    this.model = core.spec.doors.length > 2 ? 'DS-K2604T' : 'DS-K2602T';
    this.hardware = hardwareIdentity(core.spec, this.model);
    const { hostname, port } = new URL(baseUrl);
    const identity: DeviceIdentity = {
      deviceId: core.spec.id,
      deviceName: core.spec.name,
      ipAddress: hostname.replace(/^\[|\]$/g, ''),
      portNo: Number(port) || 80,
      macAddress: this.hardware.mac,
    };
    this.pusher = new EventPusher(core, () => [...this.hosts.values()], identity);
  }

  /** The digest realm these controllers announce. */
  static realmOf(spec: DoorControllerCore['spec']): string {
    return `DS-${hardwareIdentity(spec, 'DS').shortHash}`;
  }

  async handle(request: IncomingMessage, response: ServerResponse, subpath: string): Promise<boolean> {
    if (!subpath.startsWith('/ISAPI/')) return false;
    const url = request.url ?? subpath;
    const format: IsapiFormat = new URL(url, 'http://device').searchParams.get('format') === 'json' ? 'json' : 'xml';
    const auth = this.core.authenticate(request);
    if (!auth.ok) {
      sendUnauthorized(response, auth.challenge, auth.lock);
      return true;
    }
    const { failWith } = this.core.faults;
    if (failWith === 'error') {
      sendIsapiStatus(response, url, { statusCode: 3, subStatusCode: 'deviceError' }, format);
      return true;
    }
    if (failWith === 'malformed') {
      sendMalformed(response, url, format);
      return true;
    }

    const isapi: IsapiRequest = { core: this.core, request, response, url, path: subpath, format, user: auth.username };
    const door = DOOR_PATH.exec(subpath);
    const hosts = HOSTS_PATH.exec(subpath);
    if (door?.[1] !== undefined) await remoteControlDoor(isapi, door[1]);
    else if (hosts) await handleHttpHosts(isapi, this.hosts, hosts[1] ?? null);
    else if (subpath === '/ISAPI/AccessControl/AcsEvent') await searchAcsEvents(isapi);
    else if (subpath === '/ISAPI/System/deviceInfo' && request.method === 'GET') this.sendDeviceInfo(response);
    else answer(isapi, { statusCode: 4, subStatusCode: 'notSupport', httpStatus: 404 });
    return true;
  }

  renderEvent(event: DoorEvent): unknown {
    return acsEventEntry(event);
  }

  describe(): Record<string, unknown> {
    const [first] = this.hosts.values();
    return { pushHost: first ? pushTargetOf(first) : null, push: this.pusher.snapshot() };
  }

  onOnline(): void {
    this.pusher.flush();
  }

  async close(): Promise<void> {
    this.pusher.close();
  }

  private sendDeviceInfo(response: ServerResponse): void {
    const xml = isapiDocument('DeviceInfo', [
      ['deviceName', this.core.spec.name],
      ['deviceID', this.hardware.uuid],
      ['model', this.model],
      ['serialNumber', this.hardware.serial],
      ['macAddress', this.hardware.mac],
      ['firmwareVersion', 'V2.2.2'],
      ['firmwareReleasedDate', 'build 240315'],
      ['deviceType', 'ACS'],
    ]);
    send(response, 200, XML_CONTENT_TYPE, xml);
  }
}
