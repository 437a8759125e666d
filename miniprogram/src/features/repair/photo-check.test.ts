import { checkPhotoSize, imageTypeOf, uploadPathFor } from './photo-check';

describe('photo checks before upload', () => {
  it('tells JPEG, PNG and WebP by their bytes and refuses anything else', () => {
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    expect(imageTypeOf(new Uint8Array(png))).toBe('image/png');
    expect(() => imageTypeOf(new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]))).toThrow(
      '只能上传 JPG、PNG 或 WebP 格式的图片',
    );
  });

  it('allows 10 MB and not a byte more', () => {
    expect(() => checkPhotoSize(10 * 1024 * 1024)).not.toThrow();
    expect(() => checkPhotoSize(10 * 1024 * 1024 + 1)).toThrow('图片不能超过 10MB，请压缩后重试');
  });

  it('puts uploads under uploads/ with a random name and the extension of the sniffed type', () => {
    const path = uploadPathFor('image/png', () => 0.5);
    expect(path).toMatch(/^uploads\/[0-9a-z]+-8000000080000000\.png$/);
    expect(uploadPathFor('image/jpeg')).not.toBe(uploadPathFor('image/jpeg'));
  });
});
