import { STAFF_ROLE_LABELS, type StaffProfile } from '@linli/shared';

/** 物业、网格员: every role a staff member holds, in the order the account lists them. */
export function roleLabelsOf(roles: StaffProfile['roles']): string {
  return roles.map((role) => STAFF_ROLE_LABELS[role]).join('、');
}

/** The place a staff member looks after; platform admins have no node. */
export function scopeLabelOf(scope: StaffProfile['scope']): string {
  return scope?.label ?? '整个平台';
}

/** Compound depth in a scope path (district, street, community, compound). */
const COMPOUND_DEPTH = 4;

/**
 * Staff above compound level oversee several compounds and narrow their lists with the scope switcher; property
 * and field staff sit on one compound and have nothing to narrow.
 */
export function canNarrowScope(scope: StaffProfile['scope']): boolean {
  return scope === null || scope.path.length < COMPOUND_DEPTH;
}
