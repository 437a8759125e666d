import type { MembershipView } from '@linli/shared';

/** The membership the resident currently acts for: approved and marked current by the server. */
export function currentMembership(memberships: readonly MembershipView[]): MembershipView | null {
  return memberships.find((m) => m.isCurrent) ?? null;
}

export function approvedMemberships(memberships: readonly MembershipView[]): MembershipView[] {
  return memberships.filter((m) => m.status === 'approved');
}

export function pendingMemberships(memberships: readonly MembershipView[]): MembershipView[] {
  return memberships.filter((m) => m.status === 'pending');
}

/** Owners of an approved room may invite family and tenants and manage its household. */
export function isApprovedOwner(membership: MembershipView): boolean {
  return membership.status === 'approved' && membership.role === 'owner';
}
