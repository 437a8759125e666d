import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets at rest: AES-256-GCM with a random IV per value (`v1.<iv>.<tag>.<ciphertext>`, base64url), plus a keyed
 * hash to find a value without decrypting. Each purpose (ID numbers, device credentials, pass tokens) derives its own
 * keys from the one configured master key, so a value sealed for one purpose never opens under another.
 */
export interface SealedBox {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  hash(plain: string): string;
}

export type SealPurpose = 'id-number' | 'device-credential' | 'pass-token';

/** ID numbers keep their own name: they were the first sealed values, and many call sites say what they hold. */
export type IdCipher = SealedBox;

/** Every purpose's box, from one master key. */
export interface Vault {
  box(purpose: SealPurpose): SealedBox;
}

export function createVault(masterKeyBase64: string | undefined): Vault {
  const boxes = new Map<SealPurpose, SealedBox>();
  return {
    box(purpose) {
      let box = boxes.get(purpose);
      if (!box) {
        box = createSealedBox(masterKeyBase64, purpose);
        boxes.set(purpose, box);
      }
      return box;
    },
  };
}

export function createIdCipher(masterKeyBase64: string | undefined): IdCipher {
  return createSealedBox(masterKeyBase64, 'id-number');
}

export function createSealedBox(masterKeyBase64: string | undefined, purpose: SealPurpose): SealedBox {
  const master = masterKeyBase64 ? Buffer.from(masterKeyBase64, 'base64') : null;
  const derive = (use: string) =>
    Buffer.from(hkdfSync('sha256', master ?? Buffer.alloc(0), Buffer.alloc(0), `linli ${purpose} ${use} v1`, 32));
  const keys = master && master.length >= 32 ? { enc: derive('enc'), mac: derive('mac') } : null;
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
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error(`unrecognised ${purpose} cipher text`);
      const decipher = createDecipheriv('aes-256-gcm', need().enc, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    hash(plain) {
      return createHmac('sha256', need().mac).update(plain).digest('base64url');
    },
  };
}
