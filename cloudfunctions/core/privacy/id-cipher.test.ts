import { randomBytes } from 'node:crypto';
import { createIdCipher } from './id-cipher';

const key = randomBytes(32).toString('base64');

test('round-trips, with a fresh IV each time, and hashes deterministically', () => {
  const cipher = createIdCipher(key);
  const a = cipher.encrypt('11010519491231002X');
  const b = cipher.encrypt('11010519491231002X');
  expect(a).not.toBe(b);
  expect(a).not.toContain('1949');
  expect(cipher.decrypt(a)).toBe('11010519491231002X');
  expect(cipher.hash('11010519491231002X')).toBe(cipher.hash('11010519491231002X'));
});

test('tampered text or another key fails loudly', () => {
  const sealed = createIdCipher(key).encrypt('11010519491231002X');
  const parts = sealed.split('.');
  parts[3] = Buffer.from('00000000000000000', 'utf8').toString('base64url');
  expect(() => createIdCipher(key).decrypt(parts.join('.'))).toThrow();
  expect(() => createIdCipher(randomBytes(32).toString('base64')).decrypt(sealed)).toThrow();
});

test('without a configured key it refuses to work rather than store plain text', () => {
  expect(() => createIdCipher(undefined).encrypt('x')).toThrow(/LINLI_ID_KEY/);
});
