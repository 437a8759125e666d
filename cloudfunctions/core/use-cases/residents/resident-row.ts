import { maskPhone, type ResidentRow, type Role } from '@linli/shared';
import type { MembershipDoc, ResidentDoc } from '../membership/collections';

/** Roles that phone residents back in their daily work; the others see the number masked. */
const SEES_FULL_PHONE: readonly Role[] = ['property', 'community', 'grid'];

/** A resident as staff see them: only the rooms within the viewer's scope, the ID number always masked. */
export function toResidentRow(
  resident: ResidentDoc,
  memberships: readonly MembershipDoc[],
  viewerRoles: readonly Role[],
): ResidentRow {
  const fullPhone = viewerRoles.some((role) => SEES_FULL_PHONE.includes(role));
  return {
    _id: resident._id,
    name: resident.name,
    phone: fullPhone ? resident.phone : maskPhone(resident.phone),
    idNumberMasked: resident.idMasked,
    rooms: [...memberships]
      .sort((a, b) => a.roomLabel.localeCompare(b.roomLabel, 'zh-CN', { numeric: true }))
      .map((m) => ({ roomId: m.roomId, label: m.roomLabel, role: m.role, status: m.status })),
  };
}
