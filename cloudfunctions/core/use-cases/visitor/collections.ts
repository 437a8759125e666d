import type { Doc, IndexSpec } from '../../ports/document-store';
import type { PlaceAncestry } from '../door/collections';

export const PASSES = 'passes';

/**
 * A visitor pass. Found by the keyed hash of its token (`tokenHash`, unique); the token itself is kept only sealed,
 * so the creator can share it again but a leaked store opens nothing.
 */
export interface PassDoc extends Doc, PlaceAncestry {
  tokenHash: string;
  tokenSealed: string;
  kind: 'visitor' | 'delivery';
  residentId: string;
  /** The host's name, masked as the visitor will see it. */
  hostName: string;
  roomId: string;
  visitorName: string;
  phone: string | null;
  plate: string | null;
  doors: { doorId: string; name: string }[];
  doorIds: string[];
  validFrom: string;
  validUntil: string;
  maxUses: number;
  /** Decremented atomically by each opening; refunded when the door did not open. */
  usesLeft: number;
  revokedAt: string | null;
  createdAt: string;
}

export const PASS_INDEXES: readonly IndexSpec[] = [
  { collection: PASSES, fields: ['tokenHash'], unique: true },
  { collection: PASSES, fields: ['residentId', 'createdAt'] },
];
