import { type ApplicationRow, maskPhone, type Role } from '@linli/shared';
import type { MembershipDoc } from './collections';

/** Roles that phone applicants back about their application; the others see the number masked. */
const SEES_FULL_PHONE: readonly Role[] = ['property', 'community', 'grid'];

/** An application as staff see it: who applied for which room, personal data only as far as their role needs. */
export function toApplicationRow(doc: MembershipDoc, viewerRoles: readonly Role[]): ApplicationRow {
  const fullPhone = viewerRoles.some((role) => SEES_FULL_PHONE.includes(role));
  return {
    _id: doc._id,
    roomId: doc.roomId,
    roomLabel: doc.roomLabel,
    role: doc.role,
    status: doc.status,
    name: doc.applicant.name,
    phone: fullPhone ? doc.applicant.phone : maskPhone(doc.applicant.phone),
    idNumberMasked: doc.applicant.idMasked,
    appliedAt: doc.appliedAt,
    reason: doc.reason,
  };
}
