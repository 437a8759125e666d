import type { IsapiStatus } from './isapi-status';
import { childText, escapeXml, ISAPI_NS, type XmlNode } from './isapi-xml';

/** Listening-host slots an access controller offers (`/ISAPI/Event/notification/httpHosts/1…3`). */
export const HTTP_HOST_SLOTS = 3;

export interface HttpHost {
  id: number;
  /** The path (or, as some integrators write it, the whole URL) the device posts to. */
  url: string;
  protocolType: 'HTTP' | 'HTTPS';
  parameterFormatType: 'JSON';
  addressingFormatType: 'ipaddress' | 'hostname';
  host: string;
  portNo: number;
  httpAuthenticationMethod: string;
}

/** Where a push for this host goes. */
export function pushTargetOf(host: HttpHost): string {
  if (/^https?:\/\//i.test(host.url)) return host.url;
  const name = host.host.includes(':') ? `[${host.host}]` : host.host;
  const path = host.url.startsWith('/') ? host.url : `/${host.url}`;
  return `${host.protocolType.toLowerCase()}://${name}:${host.portNo}${path}`;
}

const bad = (subStatusCode: string, errorMsg: string): IsapiStatus => ({ statusCode: 6, subStatusCode, errorMsg });

/**
 * Reads one `<HttpHostNotification>` for slot `id`. An empty `<url>` clears the slot (what integrators send to stop
 * pushes). Only JSON pushes are simulated, so `parameterFormatType` XML is refused as not supported.
 */
export function parseHttpHost(id: number, node: XmlNode): { host: HttpHost | null } | { error: IsapiStatus } {
  const text = (name: string) => childText(node, name)?.trim() ?? '';
  const bodyId = text('id');
  if (bodyId !== '' && bodyId !== String(id)) return { error: bad('badParameters', `id ${bodyId} is not slot ${id}`) };
  const url = text('url');
  if (url === '') return { host: null };

  const protocolType = (text('protocolType') || 'HTTP').toUpperCase();
  if (protocolType !== 'HTTP' && protocolType !== 'HTTPS') return { error: bad('badParameters', 'protocolType') };
  const format = (text('parameterFormatType') || 'XML').toUpperCase();
  if (format !== 'JSON') {
    return { error: { statusCode: 4, subStatusCode: 'notSupport', errorMsg: 'only JSON pushes are simulated' } };
  }
  const addressing = (text('addressingFormatType') || 'ipaddress').toLowerCase();
  if (addressing !== 'ipaddress' && addressing !== 'hostname') {
    return { error: bad('badParameters', 'addressingFormatType') };
  }
  const host = addressing === 'ipaddress' ? text('ipAddress') || text('ipv6Address') : text('hostName');
  const portNo = Number(text('portNo') || (protocolType === 'HTTPS' ? 443 : 80));
  const isAbsolute = /^https?:\/\//i.test(url);
  if (!isAbsolute && host === '') return { error: bad('badParameters', `${addressing} address missing`) };
  if (!Number.isInteger(portNo) || portNo < 1 || portNo > 65535) return { error: bad('badParameters', 'portNo') };
  return {
    host: {
      id,
      url,
      protocolType,
      parameterFormatType: 'JSON',
      addressingFormatType: addressing,
      host,
      portNo,
      httpAuthenticationMethod: text('httpAuthenticationMethod') || 'none',
    },
  };
}

export function httpHostXml(id: number, host: HttpHost | null): string {
  const elements: [string, string | number][] = host
    ? [
        ['id', id],
        ['url', host.url],
        ['protocolType', host.protocolType],
        ['parameterFormatType', host.parameterFormatType],
        ['addressingFormatType', host.addressingFormatType],
        [host.addressingFormatType === 'ipaddress' ? 'ipAddress' : 'hostName', host.host],
        ['portNo', host.portNo],
        ['httpAuthenticationMethod', host.httpAuthenticationMethod],
      ]
    : [
        ['id', id],
        ['url', ''],
        ['protocolType', 'HTTP'],
        ['parameterFormatType', 'JSON'],
        ['addressingFormatType', 'ipaddress'],
        ['httpAuthenticationMethod', 'none'],
      ];
  const body = elements.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join('\n');
  return `<HttpHostNotification version="2.0" xmlns="${ISAPI_NS}">\n${body}\n</HttpHostNotification>`;
}

export function httpHostListXml(hosts: ReadonlyMap<number, HttpHost>): string {
  const items = [];
  for (let id = 1; id <= HTTP_HOST_SLOTS; id++) items.push(httpHostXml(id, hosts.get(id) ?? null));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<HttpHostNotificationList version="2.0" xmlns="${ISAPI_NS}">\n${items.join('\n')}\n</HttpHostNotificationList>\n`;
}
