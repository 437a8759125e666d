import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DoorControllerCore } from '../door-controller/controller-core';
import { type IsapiFormat, type IsapiStatus, sendIsapiStatus } from './isapi-status';

/** One authenticated ISAPI request, as the endpoint handlers see it. */
export interface IsapiRequest {
  core: DoorControllerCore;
  request: IncomingMessage;
  response: ServerResponse;
  /** The request-target as sent, echoed in ResponseStatus `requestURL`. */
  url: string;
  /** The ISAPI path below the device (`/ISAPI/…`), without the query. */
  path: string;
  format: IsapiFormat;
  /** The digest user that authenticated. */
  user: string;
}

export function answer(isapi: IsapiRequest, status: IsapiStatus): void {
  sendIsapiStatus(isapi.response, isapi.url, status, isapi.format);
}

export const methodNotAllowed: IsapiStatus = { statusCode: 4, subStatusCode: 'methodNotAllowed', httpStatus: 405 };
