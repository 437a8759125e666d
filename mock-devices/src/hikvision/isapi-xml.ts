import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The namespace current access-control firmware writes on every ISAPI document. */
export const ISAPI_NS = 'http://www.isapi.org/ver20/XMLSchema';

export const XML_CONTENT_TYPE = 'application/xml; charset="UTF-8"';

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  // XML character references (`&#38;`) are part of XML itself: firmware decodes them, so the simulator must too.
  htmlEntities: true,
});

export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

/** Parses an ISAPI request body into its root element name and content; null when it is not well-formed XML. */
export function parseIsapiXml(text: string): { root: string; content: XmlNode } | null {
  if (text.trim() === '' || XMLValidator.validate(text) !== true) return null;
  const document: unknown = parser.parse(text);
  if (typeof document !== 'object' || document === null) return null;
  const roots = Object.entries(document as Record<string, XmlNode>);
  const [root] = roots;
  if (roots.length !== 1 || !root) return null;
  return { root: root[0], content: root[1] };
}

/** The text of a direct child element, or undefined when absent (or not a simple value). */
export function childText(node: XmlNode, name: string): string | undefined {
  if (typeof node === 'string') return undefined;
  const child = node[name];
  return typeof child === 'string' ? child : undefined;
}

/** Direct children with one name, as a list (one element parses as a single node, several as an array). */
export function children(node: XmlNode, name: string): XmlNode[] {
  if (typeof node === 'string') return [];
  const child = node[name];
  if (child === undefined) return [];
  return Array.isArray(child) ? child : [child];
}

export function escapeXml(value: string | number | boolean): string {
  return String(value).replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `<?xml …?><Root version="2.0" xmlns="…">…</Root>` from ordered element values (already escaped when nested). */
export function isapiDocument(root: string, elements: ReadonlyArray<readonly [string, string | number | boolean]>) {
  const body = elements.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} version="2.0" xmlns="${ISAPI_NS}">\n${body}\n</${root}>\n`;
}
