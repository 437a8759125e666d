import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * ID numbers at rest: AES-256-GCM with a random IV per value (`v1.<iv>.<tag>.<ciphertext>`, base64url), plus a
 * keyed hash to find a person by ID without decrypting. Both keys derive from one configured master key.
 */
export interface IdCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  hash(plain: string): string;
}

export function createIdCipher(masterKeyBase64: string | undefined): IdCipher {
  const master = masterKeyBase64 ? Buffer.from(masterKeyBase64, 'base64') : null;
  const keys =
    master && master.length >= 32
      ? {
          enc: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'linli id-number enc v1', 32)),
          mac: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'linli id-number mac v1', 32)),
        }
      : null;
  const need = () => {
    if (!keys) throw new Error('LINLI_ID_KEY is not configured (32 random bytes, base64)');
    return keys;
  };

  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', need().enc, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unrecognised ID cipher text');
      const decipher = createDecipheriv('aes-256-gcm', need().enc, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    hash(plain) {
      return createHmac('sha256', need().mac).update(plain).digest('base64url');
    },
  };
}
