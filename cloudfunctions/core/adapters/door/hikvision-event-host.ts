import { isIP } from 'node:net';
import { type DeviceEndpoint, DoorError } from '../../ports/door-vendor';
import { type DeviceCallOptions, sendToDevice } from './device-request';
import { escapeXml, expectIsapiOk } from './isapi-status';

const ISAPI_NS = 'http://www.isapi.org/ver20/XMLSchema';

export interface EventPushTarget {
  /** The controller's listening-host slot (access controllers offer a few, from 1). */
  id: number;
  /** Our webhook, e.g. `https://example.com/hooks/hikvision?device=dev-1`. */
  url: string;
}

/**
 * Points a controller's "HTTP listening" host at our webhook (`PUT /ISAPI/Event/notification/httpHosts/{id}`), JSON
 * format, so it pushes every access event as it happens. Resolves when the controller accepted the setting.
 */
export async function configureEventPush(
  device: DeviceEndpoint,
  target: EventPushTarget,
  options: DeviceCallOptions,
): Promise<void> {
  const reply = await sendToDevice(
    device,
    {
      method: 'PUT',
      path: `/ISAPI/Event/notification/httpHosts/${target.id}`,
      body: httpHostXml(device, target),
      contentType: 'application/xml; charset="UTF-8"',
    },
    options,
  );
  expectIsapiOk(reply, `listening host ${target.id} on ${device.deviceId}`);
}

function httpHostXml(device: DeviceEndpoint, target: EventPushTarget): string {
  if (!Number.isInteger(target.id) || target.id < 1) {
    throw new DoorError('REJECTED', 'hikvision', `listening host slot ${target.id} does not exist`, {
      detail: 'invalidID',
    });
  }
  let url: URL;
  try {
    url = new URL(target.url);
  } catch (error) {
    throw new DoorError('REJECTED', 'hikvision', `webhook for ${device.deviceId} is not a URL`, {
      cause: error,
      detail: target.url,
    });
  }
  const isHttps = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const isAddress = isIP(host) !== 0;
  const elements: [string, string | number][] = [
    ['id', target.id],
    ['url', `${url.pathname}${url.search}`],
    ['protocolType', isHttps ? 'HTTPS' : 'HTTP'],
    ['parameterFormatType', 'JSON'],
    ['addressingFormatType', isAddress ? 'ipaddress' : 'hostname'],
    [isAddress ? (isIP(host) === 6 ? 'ipv6Address' : 'ipAddress') : 'hostName', host],
    ['portNo', Number(url.port) || (isHttps ? 443 : 80)],
    // Controllers push unauthenticated in most deployments: the webhook has to check what it receives itself.
    ['httpAuthenticationMethod', 'none'],
  ];
  const body = elements.map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<HttpHostNotification version="2.0" xmlns="${ISAPI_NS}">${body}</HttpHostNotification>`;
}
