import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { DoorError } from '../../ports/door-vendor';
import type { HttpReply } from './http-exchange';

/**
 * ISAPI's answers: XML documents (namespaced `<ResponseStatus>`, `<DeviceInfo>`, …) or, on `?format=json` endpoints,
 * JSON. Every failure to make sense of one is a PROTOCOL error naming what was expected.
 */

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  // Values stay strings: zod decides what is a number, so "01" or "" cannot slip through as something else.
  parseTagValue: false,
  trimValues: true,
});

/** Parses an XML answer and returns its root element, checking the root's name. */
export function parseIsapiXml(reply: HttpReply, expectedRoot: string): Record<string, unknown> {
  const text = reply.body.toString('utf8').trim();
  // Controllers never send a DTD; refusing one keeps entity expansion out of the picture.
  if (/<!DOCTYPE/i.test(text)) throw protocol(`a DOCTYPE where <${expectedRoot}> was expected`, reply);
  if (!text.startsWith('<') || XMLValidator.validate(text) !== true) {
    throw protocol(`malformed XML where <${expectedRoot}> was expected`, reply);
  }
  const document: unknown = parser.parse(text);
  const root = isRecord(document) ? document[expectedRoot] : undefined;
  if (root === undefined) throw protocol(`no <${expectedRoot}> in the answer`, reply);
  return isRecord(root) ? root : {};
}

const ZResponseStatus = z.object({
  statusCode: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+$/)).transform(Number),
  statusString: z.unknown().optional(),
  subStatusCode: z.unknown().optional(),
  errorMsg: z.unknown().optional(),
});

export interface IsapiStatus {
  statusCode: number;
  statusString: string | null;
  subStatusCode: string | null;
}

/** Reads a `<ResponseStatus>` (or its JSON twin), throwing PROTOCOL when there is none or it has no status code. */
export function readIsapiStatus(reply: HttpReply): IsapiStatus {
  const fields = isJson(reply) ? parseIsapiJson(reply, 'ResponseStatus') : parseIsapiXml(reply, 'ResponseStatus');
  const parsed = ZResponseStatus.safeParse(fields);
  if (!parsed.success) throw protocol('a <ResponseStatus> without a numeric statusCode', reply);
  return {
    statusCode: parsed.data.statusCode,
    statusString: text(parsed.data.statusString) ?? text(parsed.data.errorMsg),
    subStatusCode: text(parsed.data.subStatusCode),
  };
}

/**
 * Resolves only when the device said OK (statusCode 1 on a 2xx); its refusal is REJECTED with the device's own
 * words as the detail.
 */
export function expectIsapiOk(reply: HttpReply, what: string): void {
  const status = readIsapiStatus(reply);
  if (status.statusCode === 1 && reply.status >= 200 && reply.status < 300) return;
  if (status.statusCode === 1) throw protocol(`statusCode 1 with HTTP ${reply.status} for ${what}`, reply);
  const words = [status.subStatusCode, status.statusString].filter((word) => word !== null).join(' / ');
  throw new DoorError('REJECTED', 'hikvision', `${what} refused: statusCode ${status.statusCode} ${words}`.trim(), {
    detail: status.subStatusCode ?? status.statusString ?? `statusCode ${status.statusCode}`,
  });
}

/** A `?format=json` answer: the object, or a PROTOCOL error. */
export function parseIsapiJson(reply: HttpReply, expected: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = JSON.parse(reply.body.toString('utf8'));
  } catch (error) {
    throw protocol(`malformed JSON where ${expected} was expected`, reply, error);
  }
  if (!isRecord(document)) throw protocol(`a JSON ${typeof document} where ${expected} was expected`, reply);
  // Errors on JSON endpoints come as a bare ResponseStatus object; the caller asks for the key it expects.
  if (expected === 'ResponseStatus') return isRecord(document.ResponseStatus) ? document.ResponseStatus : document;
  return document;
}

export function isJson(reply: HttpReply): boolean {
  const type = reply.headers['content-type'] ?? '';
  return type.includes('json') || reply.body.subarray(0, 64).toString('utf8').trimStart().startsWith('{');
}

export function protocol(message: string, reply: HttpReply, cause?: unknown): DoorError {
  return new DoorError('PROTOCOL', 'hikvision', `${message} (HTTP ${reply.status})`, {
    cause,
    detail: reply.body.subarray(0, 200).toString('utf8'),
  });
}

/** Escapes text for an XML element body. */
/** XML's five predefined entities: the forms even the smallest firmware parser knows. */
const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (char) => XML_ENTITIES[char] ?? char);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
