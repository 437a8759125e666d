/**
 * Just enough multipart/form-data (RFC 7578) to read a controller's event push: the JSON part and the pictures
 * around it. Works on bytes, so a JPEG part cannot be mangled into text on the way.
 */

export interface MultipartPart {
  /** The `name` of its `Content-Disposition: form-data`, or null. */
  name: string | null;
  contentType: string | null;
  body: Buffer;
}

/** The boundary of a `multipart/…` content type, or null when it is not one. */
export function boundaryOf(contentType: string): string | null {
  if (!/^\s*multipart\//i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/** The parts between `--boundary` delimiters; throws when the body has no delimiter or a part no header end. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new Error(`no "--${boundary}" delimiter in the body`);

  while (at >= 0) {
    let start = at + delimiter.length;
    // `--boundary--` closes the body.
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break;
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), start);
    // Some firmware ends the last part without a closing delimiter; the part then runs to the end.
    const end = next < 0 ? body.length : next;
    parts.push(readPart(body.subarray(start, end)));
    at = next < 0 ? -1 : next + 2;
  }
  return parts;
}

function readPart(part: Buffer): MultipartPart {
  const headerEnd = part.indexOf('\r\n\r\n');
  if (headerEnd < 0) throw new Error('a part without the blank line that ends its headers');
  const headers = new Map<string, string>();
  for (const line of part.subarray(0, headerEnd).toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = /;\s*name=(?:"([^"]*)"|([^\s;]+))/i.exec(disposition);
  return {
    name: name?.[1] ?? name?.[2] ?? null,
    contentType: headers.get('content-type') ?? null,
    body: part.subarray(headerEnd + 4),
  };
}
