import type { Role, StaffRole } from '@linli/shared';
import type { DocumentStore } from '../ports/document-store';
import type { ResidentContext } from '../ports/identity';
import {
  MEMBERSHIPS,
  type MembershipDoc,
  membershipIdOf,
  RESIDENTS,
  type ResidentDoc,
} from '../use-cases/membership/collections';
import { STAFF, STAFF_SESSIONS, type StaffDoc, type StaffSessionDoc } from '../use-cases/staff/collections';

/**
 * What the store says about a caller, looked up on every call, so an approval, a revoked membership, a role change
 * or a logout takes effect at once rather than when a token expires.
 */
export interface CallerDirectory {
  staff(sessionId: string, staffId: string, now: Date): Promise<{ roles: StaffRole[]; scope: string[] } | null>;
  resident(openid: string): Promise<{ roles: Role[]; resident: ResidentContext }>;
}

export function createStoreDirectory(store: DocumentStore): CallerDirectory {
  return {
    async staff(sessionId, staffId, now) {
      const session = await store.collection<StaffSessionDoc>(STAFF_SESSIONS).get(sessionId);
      if (
        !session ||
        session.staffId !== staffId ||
        session.revokedAt ||
        Date.parse(session.expiresAt) <= now.getTime()
      ) {
        return null;
      }
      const staff = await store.collection<StaffDoc>(STAFF).get(staffId);
      if (!staff || staff.disabled) return null;
      return { roles: staff.roles, scope: staff.scopePath };
    },
    async resident(openid) {
      const found = await store.collection<ResidentDoc>(RESIDENTS).find({ openid }, { limit: 1 });
      const resident = found.items[0];
      if (!resident) return { roles: ['resident'], resident: { residentId: null, currentRoomId: null } };
      const current = resident.currentRoomId
        ? await store.collection<MembershipDoc>(MEMBERSHIPS).get(membershipIdOf(resident._id, resident.currentRoomId))
        : null;
      const isApproved = current?.status === 'approved';
      return {
        roles: isApproved ? ['resident', current.role] : ['resident'],
        resident: { residentId: resident._id, currentRoomId: isApproved ? current.roomId : null },
      };
    },
  };
}
