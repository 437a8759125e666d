import type { MembershipRole, MembershipStatus } from '@linli/shared';
import type { Doc, IndexSpec } from '../../ports/document-store';

export const RESIDENTS = 'residents';
export const MEMBERSHIPS = 'memberships';
export const INVITATIONS = 'invitations';

export interface ResidentDoc extends Doc {
  openid: string;
  name: string;
  phone: string;
  /** AES-256-GCM ciphertext of the ID number; never leaves the server except through a logged reveal. */
  idCipher: string | null;
  /** Keyed hash, to find the same person without decrypting. */
  idHash: string | null;
  idMasked: string | null;
  currentRoomId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MembershipEvent {
  status: MembershipStatus;
  at: string;
  by: string;
  reason: string | null;
}

/**
 * One document per (resident, room), `_id` derived from both: a second application for the same room finds the
 * first, so duplicates cannot exist; status moves by conditional updates.
 */
export interface MembershipDoc extends Doc {
  residentId: string;
  openid: string;
  roomId: string;
  roomLabel: string;
  districtId: string;
  streetId: string;
  communityId: string;
  compoundId: string;
  buildingId: string;
  unitId: string;
  role: MembershipRole;
  status: MembershipStatus;
  applicant: { name: string; phone: string; idCipher: string | null; idMasked: string | null };
  reason: string | null;
  appliedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  invitedBy: string | null;
  history: MembershipEvent[];
}

/** Stored under the sha256 of its token: the raw token lives only in the share link, so a leaked store grants nothing. */
export interface InvitationDoc extends Doc {
  roomId: string;
  /** Copied from the room so the invitation page needs no second read. */
  roomLabel: string;
  role: 'family' | 'tenant';
  inviterResidentId: string;
  inviterName: string;
  createdAt: string;
  expiresAt: string;
  /** 1 until accepted; decremented atomically so one link makes one member. */
  usesLeft: number;
  acceptedBy: string | null;
}

export function membershipIdOf(residentId: string, roomId: string): string {
  return `m_${residentId}_${roomId}`.slice(0, 64);
}

export const MEMBERSHIP_INDEXES: readonly IndexSpec[] = [
  { collection: RESIDENTS, fields: ['openid'], unique: true },
  { collection: RESIDENTS, fields: ['idHash'] },
  { collection: RESIDENTS, fields: ['phone'] },
  { collection: MEMBERSHIPS, fields: ['residentId', 'status'] },
  { collection: MEMBERSHIPS, fields: ['roomId', 'status'] },
  { collection: MEMBERSHIPS, fields: ['compoundId', 'status', 'appliedAt'] },
  { collection: MEMBERSHIPS, fields: ['communityId', 'status', 'appliedAt'] },
  { collection: MEMBERSHIPS, fields: ['streetId', 'status', 'appliedAt'] },
  { collection: MEMBERSHIPS, fields: ['status', 'appliedAt'] },
  // Queues narrowed to a district, building or unit (`within`) read these.
  { collection: MEMBERSHIPS, fields: ['districtId', 'status', 'appliedAt'] },
  { collection: MEMBERSHIPS, fields: ['buildingId', 'status', 'appliedAt'] },
  { collection: MEMBERSHIPS, fields: ['unitId', 'status', 'appliedAt'] },
  { collection: INVITATIONS, fields: ['roomId'] },
];
