import { randomBytes, randomUUID } from 'node:crypto';

export interface Ids {
  /** A document id: sortable by creation time, unguessable. */
  next(): string;
  /** A random token for links and sessions (base64url, 32 bytes of entropy by default). */
  token(bytes?: number): string;
  requestId(): string;
}

export const randomIds: Ids = {
  next: () => `${Date.now().toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`,
  token: (bytes = 32) => randomBytes(bytes).toString('base64url'),
  requestId: () => randomUUID(),
};
