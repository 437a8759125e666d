/**
 * mock-devices: simulated hardware speaking the vendors' real wire protocols on 127.0.0.1, so the cloud's adapters
 * talk to it exactly as they would to a compound's devices.
 *
 * Control server: `GET /health`, `GET /devices` (each device's state: online, doors, faults, lock, event count, push
 * host), and each device under `/devices/<id>/…`. A door controller's DeviceEndpoint `baseUrl` is
 * `deviceBaseUrl(url, id)` = `<url>/devices/<id>`.
 *
 * Door controllers (`doorController(spec)`, demo list `DEMO_DOOR_CONTROLLERS`, and `SPARE_DOOR_CONTROLLERS` that the
 * local cloud leaves for staff to register), digest auth (MD5, qop=auth) on every
 * protocol request:
 * - Hikvision ISAPI: `GET /ISAPI/System/deviceInfo`; `PUT /ISAPI/AccessControl/RemoteControl/door/{doorNo}` with
 *   `<RemoteControlDoor><cmd>open|close|alwaysOpen|alwaysClose|resume</cmd></RemoteControlDoor>` (JSON with
 *   `?format=json`) → ResponseStatus (1 ok; unknown door 4 invalidID, HTTP 403; not a RemoteControlDoor 6
 *   badXmlContent, HTTP 400);
 *   `POST /ISAPI/AccessControl/AcsEvent?format=json` (event search, 30 per page); `GET|PUT|DELETE
 *   /ISAPI/Event/notification/httpHosts[/{1..3}]` (JSON pushes: multipart `event_log` part, remote open 3/1024, face
 *   5/75, top-level `deviceID` = the simulator id, no auth on the push). A wrong digest answer gets 401 with a
 *   `<userCheck>` body (`retryLoginTime`); after 7 the device locks for 600 s (`lockStatus` lock, `unlockTime`).
 * - Dahua CGI: `GET /cgi-bin/accessControl.cgi?action=openDoor&channel=N&UserID=…&Type=Remote` → `OK`;
 *   `action=closeDoor|getDoorStatus`; `GET /cgi-bin/magicBox.cgi?action=getDeviceType|getSerialNo`;
 *   `GET /cgi-bin/recordFinder.cgi?action=find&name=AccessControlCardRec[&StartTime&EndTime&count]` (the access log:
 *   `found=N`, `records[i].RecNo|CreateTime|Door|Method (5 remote, 15 face)|Status|UserID…`, oldest first); errors
 *   `Error\r\nBad Request!` (400) / `Not Implemented!` (501); 401 `Invalid Authority!`; locks after 5 for 30 min.
 *
 * Control API per door controller (no auth, not affected by faults):
 * - `GET  /devices/<id>/_control` → `{ok, device}` (same as its `GET /devices` entry).
 * - `POST /devices/<id>/_control` `{offline?, delayMs?, rejectCredentials?, failWith?: 'error'|'malformed'|null}`
 *   merges faults: `offline` destroys every protocol socket without an answer (pushes wait and go out when back
 *   online); `delayMs` holds every protocol answer, challenge included; `rejectCredentials` refuses every digest
 *   answer (counts towards the lock); `failWith` after auth: `error` = the vendor's device error (ISAPI statusCode 3,
 *   HTTP 500 / Dahua 500 `Error`), `malformed` = 200 with a broken XML/JSON/text body.
 * - `POST /devices/<id>/_control/reset` clears faults and lifts an authentication lock.
 * - `POST /devices/<id>/_control/face` `{doorNo, employeeNo, name?, granted?}` simulates a face at a door's reader
 *   (Hikvision 5/75, refused 5/76; logged and pushed) → `{ok, event}`.
 * - `GET  /devices/<id>/_control/events` → the device's event log in its vendor's format.
 */
export { dahuaController } from './dahua/dahua-controller';
export { DEMO_DOOR_CONTROLLERS, demoSimulators, SPARE_DOOR_CONTROLLERS } from './demo-devices';
export { deviceBaseUrl, doorController } from './door-controller/door-controller';
export type {
  DoorControllerOptions,
  DoorControllerSpec,
  DoorControllerVendor,
  DoorSpec,
} from './door-controller/door-controller-spec';
export type { Faults } from './door-controller/faults';
export { hikvisionController } from './hikvision/hikvision-controller';
export type { Simulator, SimulatorFactory, SimulatorInfo } from './simulator';
export { type MockDevices, type MockDevicesOptions, startMockDevices } from './start';
