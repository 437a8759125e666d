import { createFileUrlSigner } from './file-url-signer';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const signer = createFileUrlSigner('file-url-test-secret-file-url-test-secret');
const now = new Date('2026-11-22T08:00:00.000Z');
const exp = String(Math.floor(now.getTime() / 1000) + 600);

function sigOf(path: string): string {
  return new URL(path, 'http://local').searchParams.get('sig') ?? '';
}

test('a signature is genuine only as issued: not for another file, time, or spelling of the same bytes', () => {
  const sig = sigOf(signer.path('f1', Number(exp)));
  expect(signer.check('f1', exp, sig, now)).toBe('ok');
  expect(signer.check('f2', exp, sig, now)).toBe('invalid');
  expect(signer.check('f1', String(Number(exp) + 1), sig, now)).toBe('invalid');
  // The last of 43 base64url characters carries 4 bits of the MAC and 2 spare bits: flipping a spare bit decodes
  // to the same bytes, and must still be refused.
  const last = ALPHABET.indexOf(sig.at(-1) ?? 'A');
  const twin = `${sig.slice(0, -1)}${ALPHABET[last ^ 1]}`;
  expect(Buffer.from(twin, 'base64url').equals(Buffer.from(sig, 'base64url'))).toBe(true);
  expect(signer.check('f1', exp, twin, now)).toBe('invalid');
  expect(signer.check('f1', exp, sig, new Date(Number(exp) * 1000))).toBe('expired');
});
