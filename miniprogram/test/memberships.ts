import type { MembershipView } from '@linli/shared';

/** Memberships as the server shapes them, one per status, for page tests. */
export function membership(overrides: Partial<MembershipView> & Pick<MembershipView, 'roomId'>): MembershipView {
  return {
    _id: `m-${overrides.roomId}`,
    roomLabel: `阳光花园 ${overrides.roomId}`,
    compoundId: 'cpd-1',
    role: 'owner',
    status: 'approved',
    reason: null,
    appliedAt: '2026-11-20T02:00:00.000Z',
    decidedAt: null,
    isCurrent: false,
    ...overrides,
  };
}

export function residentMe(memberships: MembershipView[], name: string | null = '陈晨') {
  return {
    kind: 'resident' as const,
    name,
    currentRoomId: memberships.find((m) => m.isCurrent)?.roomId ?? null,
    memberships,
  };
}
