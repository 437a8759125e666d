import { readBody, send } from '../http/io';
import { HTTP_HOST_SLOTS, type HttpHost, httpHostListXml, httpHostXml, parseHttpHost } from './http-hosts';
import { answer, type IsapiRequest, methodNotAllowed } from './isapi-request';
import { ISAPI_OK } from './isapi-status';
import { children, childText, parseIsapiXml, XML_CONTENT_TYPE } from './isapi-xml';

/**
 * `/ISAPI/Event/notification/httpHosts[/{id}]`: GET lists or shows the listening hosts, PUT configures one (or, on
 * the list, several), DELETE clears one. `slot` is null for the list path.
 */
export async function handleHttpHosts(
  isapi: IsapiRequest,
  hosts: Map<number, HttpHost>,
  slot: string | null,
): Promise<void> {
  const id = slot === null ? null : Number(slot);
  if (id !== null && !(Number.isInteger(id) && id >= 1 && id <= HTTP_HOST_SLOTS)) {
    return answer(isapi, { statusCode: 4, subStatusCode: 'invalidID', errorMsg: `no listening host ${slot}` });
  }
  const method = isapi.request.method ?? 'GET';
  if (method === 'GET') {
    const xml =
      id === null
        ? httpHostListXml(hosts)
        : `<?xml version="1.0" encoding="UTF-8"?>\n${httpHostXml(id, hosts.get(id) ?? null)}\n`;
    return send(isapi.response, 200, XML_CONTENT_TYPE, xml);
  }
  if (method === 'DELETE' && id !== null) {
    hosts.delete(id);
    return answer(isapi, ISAPI_OK);
  }
  if (method !== 'PUT') return answer(isapi, methodNotAllowed);

  const document = parseIsapiXml(await readBody(isapi.request));
  const expected = id === null ? 'HttpHostNotificationList' : 'HttpHostNotification';
  if (!document || document.root !== expected) return answer(isapi, { statusCode: 6, subStatusCode: 'badXmlContent' });
  const items = id === null ? children(document.content, 'HttpHostNotification') : [document.content];
  const updates = new Map<number, HttpHost | null>();
  for (const [index, item] of items.entries()) {
    const itemId = id ?? Number(childText(item, 'id') ?? index + 1);
    if (!(Number.isInteger(itemId) && itemId >= 1 && itemId <= HTTP_HOST_SLOTS)) {
      return answer(isapi, { statusCode: 4, subStatusCode: 'invalidID', errorMsg: `no listening host ${itemId}` });
    }
    const parsed = parseHttpHost(itemId, item);
    if ('error' in parsed) return answer(isapi, parsed.error);
    updates.set(itemId, parsed.host);
  }
  for (const [itemId, host] of updates) {
    if (host) hosts.set(itemId, host);
    else hosts.delete(itemId);
  }
  answer(isapi, ISAPI_OK);
}
