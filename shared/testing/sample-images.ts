import { randomBytes } from 'node:crypto';

/**
 * Real 1×1 images (each decodes in a browser) and the impostors an upload check must refuse. For tests and benches
 * only: nothing in the product imports this file.
 */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const SAMPLE_WEBP = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
export const SAMPLE_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
export const SAMPLE_HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
export const SAMPLE_GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** A JPEG of exactly `size` bytes: a real JPEG's header, then noise (what sniffing and sizing look at). */
export function jpegOfSize(size: number): Buffer {
  const bytes = randomBytes(size);
  SAMPLE_JPEG.copy(bytes, 0, 0, Math.min(20, size));
  return bytes;
}
