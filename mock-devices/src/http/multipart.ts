import { randomBytes } from 'node:crypto';

export interface MultipartPart {
  name: string;
  contentType: string;
  body: string | Buffer;
  filename?: string;
}

/** A `multipart/form-data` body (RFC 7578) and the content-type header that names its boundary. */
export function buildMultipart(parts: readonly MultipartPart[]): { contentType: string; body: Buffer } {
  const boundary = `MIME_boundary_${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const body = Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body, 'utf8');
    const filename = part.filename ? `; filename="${part.filename}"` : '';
    chunks.push(
      Buffer.from(
        `--${boundary}\r\n` +
          `Content-Disposition: form-data; name="${part.name}"${filename}\r\n` +
          `Content-Type: ${part.contentType}\r\n` +
          `Content-Length: ${body.length}\r\n\r\n`,
      ),
      body,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
