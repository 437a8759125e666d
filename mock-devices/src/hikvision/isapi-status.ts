import type { ServerResponse } from 'node:http';
import type { LockState } from '../http/digest-auth';
import { send } from '../http/io';
import { ISAPI_NS, isapiDocument, XML_CONTENT_TYPE } from './isapi-xml';

/** ISAPI ResponseStatus codes: 1 OK, 2 busy, 3 device error, 4 invalid operation, 5/6 bad XML format/content. */
export type IsapiStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const STATUS_STRING: Record<IsapiStatusCode, string> = {
  1: 'OK',
  2: 'Device Busy',
  3: 'Device Error',
  4: 'Invalid Operation',
  5: 'Invalid XML Format',
  6: 'Invalid XML Content',
  7: 'Reboot Required',
};

const HTTP_STATUS: Record<IsapiStatusCode, number> = { 1: 200, 2: 503, 3: 500, 4: 403, 5: 400, 6: 400, 7: 200 };

export interface IsapiStatus {
  statusCode: IsapiStatusCode;
  /** The detail a client should log: `ok`, `invalidID`, `badXmlContent`, `badParameters`, `notSupport`, … */
  subStatusCode: string;
  /** Overrides the HTTP status the code maps to (e.g. 404 for an unknown resource, 405 for a wrong method). */
  httpStatus?: number;
  errorMsg?: string;
}

export const ISAPI_OK: IsapiStatus = { statusCode: 1, subStatusCode: 'ok' };

export type IsapiFormat = 'xml' | 'json';

/** Answers with a ResponseStatus in the format the request used (`?format=json` or XML). */
export function sendIsapiStatus(
  response: ServerResponse,
  requestUrl: string,
  status: IsapiStatus,
  format: IsapiFormat,
): void {
  const httpStatus = status.httpStatus ?? HTTP_STATUS[status.statusCode];
  const statusString = STATUS_STRING[status.statusCode];
  if (format === 'json') {
    const body = {
      requestURL: requestUrl,
      statusCode: status.statusCode,
      statusString,
      subStatusCode: status.subStatusCode,
      ...(status.errorMsg !== undefined && { errorMsg: status.errorMsg }),
    };
    send(response, httpStatus, 'application/json; charset="UTF-8"', JSON.stringify(body));
    return;
  }
  const xml = isapiDocument('ResponseStatus', [
    ['requestURL', requestUrl],
    ['statusCode', status.statusCode],
    ['statusString', statusString],
    ['subStatusCode', status.subStatusCode],
    ...(status.errorMsg !== undefined ? [['errorMsg', status.errorMsg] as const] : []),
  ]);
  send(response, httpStatus, XML_CONTENT_TYPE, xml);
}

/**
 * A 401 the way access-control firmware sends it: the fresh digest challenge, and a `userCheck` body saying how many
 * tries are left before the lock (`retryLoginTime`) or, once locked, how long until it lifts (`unlockTime`, seconds).
 */
export function sendUnauthorized(response: ServerResponse, challenge: string, lock: LockState): void {
  const xml = isapiDocument('userCheck', [
    ['statusValue', 401],
    ['statusString', 'Unauthorized'],
    ['isDefaultPassword', false],
    ['lockStatus', lock.locked ? 'lock' : 'unlock'],
    ['unlockTime', Math.ceil(lock.unlockInMs / 1000)],
    ['retryLoginTime', lock.retriesLeft ?? 0],
  ]);
  send(response, 401, XML_CONTENT_TYPE, xml, { 'www-authenticate': challenge });
}

/** A 200 whose body breaks off mid-document, as a device with a failing web server sometimes sends. */
export function sendMalformed(response: ServerResponse, requestUrl: string, format: IsapiFormat): void {
  if (format === 'json') {
    const text = `{"requestURL":"${requestUrl}","statusCode":1,"statusString":"OK","subSta`;
    send(response, 200, 'application/json; charset="UTF-8"', text);
    return;
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<ResponseStatus version="2.0" xmlns="${ISAPI_NS}">\n<statusCode>1</statusCo`;
  send(response, 200, XML_CONTENT_TYPE, text);
}
