import { z } from 'zod';
import { parseDeviceTime } from '../door-controller/device-time';
import type { DoorEvent } from '../door-controller/door-event';
import { readBody, send } from '../http/io';
import { acsEventEntry, majorMinorOf } from './access-controller-event';
import { answer, type IsapiRequest, methodNotAllowed } from './isapi-request';

/** Devices cap one page of an event search; clients page with searchResultPosition. */
export const MAX_RESULTS_PER_PAGE = 30;

const ZAcsEventCond = z.object({
  AcsEventCond: z.object({
    searchID: z.string().min(1),
    searchResultPosition: z.number().int().min(0),
    maxResults: z.number().int().min(1),
    /** 0 or absent: every class / type. */
    major: z.number().int().min(0).optional(),
    minor: z.number().int().min(0).optional(),
    startTime: z.string().optional(),
    endTime: z.string().optional(),
    beginSerialNo: z.number().int().min(0).optional(),
    endSerialNo: z.number().int().min(0).optional(),
    employeeNoString: z.string().optional(),
    timeReverseOrder: z.boolean().optional(),
  }),
});

/**
 * `POST /ISAPI/AccessControl/AcsEvent?format=json` with `{"AcsEventCond":{…}}`: searches the device's own event log.
 * Answers `{"AcsEvent":{searchID, responseStatusStrg: OK|MORE|NO MATCH, numOfMatches, totalMatches, InfoList}}`
 * (no InfoList when nothing matched, as the devices do).
 */
export async function searchAcsEvents(isapi: IsapiRequest): Promise<void> {
  if (isapi.request.method !== 'POST') return answer(isapi, methodNotAllowed);
  if (isapi.format !== 'json') {
    return answer(isapi, { statusCode: 4, subStatusCode: 'notSupport', errorMsg: 'use ?format=json' });
  }
  let input: unknown;
  try {
    input = JSON.parse(await readBody(isapi.request));
  } catch {
    return answer(isapi, { statusCode: 6, subStatusCode: 'badJsonContent' });
  }
  const parsed = ZAcsEventCond.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? 'AcsEventCond';
    return answer(isapi, { statusCode: 6, subStatusCode: 'badParameters', errorMsg: field });
  }
  const cond = parsed.data.AcsEventCond;
  const start = cond.startTime === undefined ? Number.NEGATIVE_INFINITY : parseDeviceTime(cond.startTime);
  const end = cond.endTime === undefined ? Number.POSITIVE_INFINITY : parseDeviceTime(cond.endTime);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return answer(isapi, { statusCode: 6, subStatusCode: 'badParameters', errorMsg: 'startTime/endTime' });
  }

  const matches = isapi.core.events().filter((event: DoorEvent) => {
    const { major, minor } = majorMinorOf(event);
    return (
      (!cond.major || cond.major === major) &&
      (!cond.minor || cond.minor === minor) &&
      event.at >= start &&
      event.at <= end &&
      event.serialNo >= (cond.beginSerialNo ?? 0) &&
      event.serialNo <= (cond.endSerialNo ?? Number.MAX_SAFE_INTEGER) &&
      (cond.employeeNoString === undefined || event.subject === cond.employeeNoString)
    );
  });
  if (cond.timeReverseOrder) matches.reverse();
  const page = matches.slice(
    cond.searchResultPosition,
    cond.searchResultPosition + Math.min(cond.maxResults, MAX_RESULTS_PER_PAGE),
  );
  const isLast = cond.searchResultPosition + page.length >= matches.length;
  const acsEvent = {
    searchID: cond.searchID,
    responseStatusStrg: matches.length === 0 ? 'NO MATCH' : isLast ? 'OK' : 'MORE',
    numOfMatches: page.length,
    totalMatches: matches.length,
    ...(page.length > 0 && { InfoList: page.map(acsEventEntry) }),
  };
  send(isapi.response, 200, 'application/json; charset="UTF-8"', JSON.stringify({ AcsEvent: acsEvent }));
}
