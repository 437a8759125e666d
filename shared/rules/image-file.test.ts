import fc from 'fast-check';
import {
  jpegOfSize,
  SAMPLE_GIF,
  SAMPLE_HTML,
  SAMPLE_JPEG,
  SAMPLE_PDF,
  SAMPLE_PNG,
  SAMPLE_WEBP,
} from '../testing/sample-images';
import { checkImageFile, MAX_IMAGE_BYTES, sniffImageType } from './image-file';

test('JPEG, PNG and WebP are recognised by their bytes', () => {
  expect(sniffImageType(SAMPLE_JPEG)).toBe('image/jpeg');
  expect(sniffImageType(SAMPLE_PNG)).toBe('image/png');
  expect(sniffImageType(SAMPLE_WEBP)).toBe('image/webp');
});

test('a PDF, an HTML page, a GIF or nothing at all is not an accepted image, whatever its name says', () => {
  for (const impostor of [SAMPLE_PDF, SAMPLE_HTML, SAMPLE_GIF, Buffer.alloc(0)]) {
    expect(checkImageFile(impostor)).toEqual({ ok: false, code: 'FILE.NOT_IMAGE' });
  }
});

test('a magic number alone is not enough: the structure right after it must be there too', () => {
  expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff]))).toBeNull();
  expect(sniffImageType(Buffer.concat([SAMPLE_PNG.subarray(0, 8), Buffer.from('<html>')]))).toBeNull();
  expect(sniffImageType(Buffer.from('RIFF\x1a\x00\x00\x00WEBPHTML'))).toBeNull();
  expect(sniffImageType(Buffer.from('RIFF\x1a\x00\x00\x00WAVEfmt '))).toBeNull();
});

test('an image that starts with an accepted header is accepted whatever follows it', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(SAMPLE_JPEG, SAMPLE_PNG, SAMPLE_WEBP),
      fc.uint8Array({ maxLength: 64 }),
      (head, tail) => {
        const bytes = Buffer.concat([head.subarray(0, 20), tail]);
        expect(checkImageFile(bytes).ok).toBe(true);
      },
    ),
  );
});

test('text is never an image (WebP aside, whose RIFF header is itself text)', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 200 }).filter((text) => !text.startsWith('RIFF')),
      (text) => {
        expect(sniffImageType(Buffer.from(text, 'utf8'))).toBeNull();
      },
    ),
  );
});

test('the size limit is inclusive, and an oversized file is refused for its size before its bytes are read', () => {
  expect(checkImageFile(jpegOfSize(MAX_IMAGE_BYTES))).toEqual({ ok: true, contentType: 'image/jpeg' });
  expect(checkImageFile(jpegOfSize(MAX_IMAGE_BYTES + 1))).toEqual({ ok: false, code: 'FILE.TOO_LARGE' });
  expect(checkImageFile(Buffer.alloc(MAX_IMAGE_BYTES + 1))).toEqual({ ok: false, code: 'FILE.TOO_LARGE' });
});
