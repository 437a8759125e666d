import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DeviceAccessEvent, type DeviceEndpoint, DoorError } from '../../ports/door-vendor';
import { type DeviceCallOptions, sendToDevice } from './device-request';
import { toAccessEvent, utcToDeviceTime } from './hikvision-event-mapping';
import { expectIsapiOk, parseIsapiJson, protocol } from './isapi-status';

export interface AccessEventQuery {
  /** UTC ISO bounds, both inclusive. */
  from: string;
  to: string;
  /** How many matches to skip (ISAPI searchResultPosition). */
  position: number;
  /** Page size; controllers cap it (30 is common), so a shorter page does not mean the end. */
  max: number;
}

const ZCode = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

const ZAcsEventAnswer = z.object({
  AcsEvent: z.object({
    responseStatusStrg: z.string(),
    numOfMatches: ZCode.optional(),
    InfoList: z
      .array(
        z.object({
          major: ZCode,
          minor: ZCode,
          time: z.string(),
          doorNo: ZCode.optional(),
          serialNo: ZCode.optional(),
          employeeNoString: z.string().optional(),
          cardNo: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

/**
 * Searches a controller's own event log (`POST /ISAPI/AccessControl/AcsEvent?format=json`): what the push missed
 * while our webhook or the network was down. Pages are the caller's: an empty page is the end, since controllers cap
 * the page size below what was asked for.
 */
export async function searchAccessEvents(
  device: DeviceEndpoint,
  query: AccessEventQuery,
  options: DeviceCallOptions,
): Promise<DeviceAccessEvent[]> {
  let cond: Record<string, unknown>;
  try {
    cond = {
      searchID: randomUUID(),
      searchResultPosition: query.position,
      maxResults: query.max,
      major: 0,
      minor: 0,
      startTime: utcToDeviceTime(query.from),
      endTime: utcToDeviceTime(query.to),
    };
  } catch (error) {
    throw new DoorError('REJECTED', 'hikvision', `event search on ${device.deviceId}: bad time bounds`, {
      cause: error,
      detail: `${query.from}..${query.to}`,
    });
  }
  const reply = await sendToDevice(
    device,
    {
      method: 'POST',
      path: '/ISAPI/AccessControl/AcsEvent?format=json',
      body: JSON.stringify({ AcsEventCond: cond }),
      contentType: 'application/json',
    },
    options,
  );

  const document = parseIsapiJson(reply, 'AcsEvent');
  if (!('AcsEvent' in document)) {
    // Refusals come as a bare ResponseStatus; one saying OK without results is nonsense.
    expectIsapiOk(reply, `event search on ${device.deviceId}`);
    throw protocol('an OK status where AcsEvent results were expected', reply);
  }
  const parsed = ZAcsEventAnswer.safeParse(document);
  if (!parsed.success) throw protocol(`AcsEvent results off schema: ${z.prettifyError(parsed.error)}`, reply);

  return (parsed.data.AcsEvent.InfoList ?? []).map((entry) => {
    const event = toAccessEvent(device.deviceId, {
      major: entry.major,
      minor: entry.minor,
      time: entry.time,
      doorNo: entry.doorNo,
      employeeNo: entry.employeeNoString,
      cardNo: entry.cardNo,
      serialNo: entry.serialNo,
    });
    if (!event) throw protocol(`unreadable event time "${entry.time}"`, reply);
    return event;
  });
}
