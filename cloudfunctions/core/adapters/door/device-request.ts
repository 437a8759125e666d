import { type CallOptions, type DeviceEndpoint, DoorError } from '../../ports/door-vendor';
import { type DigestClient, sharedDigestClient } from './digest-auth';
import type { HttpReply, HttpRequest } from './http-exchange';

/** What every vendor call takes beyond the port's options: the digest client (its nonce cache) to use. */
export interface DeviceCallOptions extends CallOptions {
  client?: DigestClient;
}

export interface DeviceRequest {
  method: HttpRequest['method'];
  /** Path and query below the device's base URL, e.g. `/ISAPI/System/deviceInfo`. */
  path: string;
  body?: string;
  contentType?: string;
}

/** One authenticated request to a controller, under the call's deadline. */
export function sendToDevice(
  device: DeviceEndpoint,
  request: DeviceRequest,
  options: DeviceCallOptions,
): Promise<HttpReply> {
  let url: URL;
  try {
    // Appended, not resolved: a base URL may carry a path (mock-devices serves each device below /devices/<id>).
    url = new URL(`${device.baseUrl.replace(/\/+$/, '')}${request.path}`);
  } catch (error) {
    return Promise.reject(
      new DoorError('OFFLINE', device.vendor, `device ${device.deviceId} has no usable address`, {
        cause: error,
        detail: device.baseUrl,
      }),
    );
  }
  const client = options.client ?? sharedDigestClient;
  return client.send(
    {
      method: request.method,
      url,
      ...(request.body === undefined ? {} : { body: request.body }),
      ...(request.contentType === undefined ? {} : { headers: { 'content-type': request.contentType } }),
    },
    {
      vendor: device.vendor,
      timeoutMs: options.timeoutMs,
      username: device.username,
      password: device.password,
      cacheKey: `${device.vendor}|${device.deviceId}|${url.origin}|${device.username}`,
    },
  );
}

/** Door numbers are the controller's own, from 1; anything else never reaches the device. */
export function checkDoorNo(device: DeviceEndpoint, doorNo: number): void {
  if (!Number.isInteger(doorNo) || doorNo < 1) {
    throw new DoorError('REJECTED', device.vendor, `door number ${doorNo} is not a door of ${device.deviceId}`, {
      detail: 'badDoorNo',
    });
  }
}

export function millisecondsSince(started: number): number {
  return Math.round(performance.now() - started);
}
