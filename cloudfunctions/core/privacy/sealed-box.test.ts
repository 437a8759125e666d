import { randomBytes } from 'node:crypto';
import { createIdCipher, createVault } from './sealed-box';

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

test('each purpose has its own keys: a value sealed for one never opens under another', () => {
  const vault = createVault(key);
  const sealed = vault.box('device-credential').encrypt('Gate#cpd1-2026');
  expect(vault.box('device-credential').decrypt(sealed)).toBe('Gate#cpd1-2026');
  expect(() => vault.box('pass-token').decrypt(sealed)).toThrow();
  expect(() => createIdCipher(key).decrypt(sealed)).toThrow();
  expect(vault.box('pass-token').hash('x')).not.toBe(createIdCipher(key).hash('x'));
});

test('ID numbers sealed before purposes existed still open and hash the same', () => {
  // Made by the first release's id-cipher (key = 32 bytes of 7): stored data must survive the generalisation.
  const oldKey = Buffer.alloc(32, 7).toString('base64');
  const box = createVault(oldKey).box('id-number');
  expect(box.decrypt('v1.ZJ7d_c2LHfDouIlf.Yb9HDO3vfsFaKN7FLLdtZw.6HczNepARL8ADrq421HcuiC7')).toBe('11010519491231002X');
  expect(box.hash('11010519491231002X')).toBe('tLHkxADqgqd35iMgbSxxEpaxRpyqatdwyoC8tQRZrv0');
});
