/**
 * Who may call an action. A caller has one or more roles:
 * - anonymous: nobody known (a visitor link before its token is checked, a health probe);
 * - resident: every signed-in WeChat user; owner/family/tenant: an approved membership of the current room;
 * - visitor: holder of a valid pass token; device: a controller authenticated by its own secret;
 * - staff roles, each bound to one node of the community hierarchy (its scope).
 */
export const RESIDENT_ROLES = ['resident', 'owner', 'family', 'tenant'] as const;
export const STAFF_ROLES = ['admin', 'street', 'community', 'property', 'worker', 'grid'] as const;
export const ROLES = ['anonymous', ...RESIDENT_ROLES, 'visitor', 'device', ...STAFF_ROLES] as const;

export type ResidentRole = (typeof RESIDENT_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = (typeof ROLES)[number];

/** Everyone, signed in or not. */
export const ANYONE: readonly Role[] = ROLES;
/** Staff who manage (not field workers or grid members). */
export const MANAGERS: readonly StaffRole[] = ['admin', 'street', 'community', 'property'];
export const ALL_STAFF: readonly StaffRole[] = STAFF_ROLES;

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}
