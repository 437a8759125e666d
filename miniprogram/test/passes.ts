/** Doors and passes as the door and visitor functions shape them, for page tests. */
export const DOORS = [
  { doorId: 'dev-cpd-1-b1-1', name: '1栋1单元', kind: 'unit', placeLabel: '阳光花园 1栋', uses: 5 },
  { doorId: 'dev-cpd-1-gate-1', name: '南门', kind: 'gate', placeLabel: '阳光花园', uses: 2 },
  { doorId: 'dev-cpd-1-gate-2', name: '北门', kind: 'gate', placeLabel: '阳光花园', uses: 0 },
] as const;

export const TOKEN = 'pass_4fJ9kQ2mZx7TbW1cR8vN';

export const SHARE = {
  token: TOKEN,
  link: `http://127.0.0.1:8080/v/${TOKEN}`,
  path: `/packages/visitor/pass/index?token=${TOKEN}`,
};

type PassState = 'valid' | 'not_yet' | 'expired' | 'used_up' | 'revoked';

export function passView(overrides: { passId?: string; state?: PassState; usesLeft?: number } = {}) {
  return {
    passId: 'pass-1',
    kind: 'visitor' as const,
    visitorName: '王芳',
    validFrom: '2026-11-22T05:00:00.000Z',
    validUntil: '2026-11-23T05:00:00.000Z',
    maxUses: 2,
    usesLeft: 2,
    state: 'valid' as PassState,
    doors: [
      { doorId: 'dev-cpd-1-gate-1', name: '南门' },
      { doorId: 'dev-cpd-1-b1-1', name: '1栋1单元' },
    ],
    ...overrides,
  };
}

/** visitor.info for the visitor: the pass without its id, with the host's masked name and why it does not work. */
export function passInfo(state: PassState = 'valid', reason: string | null = null, usesLeft = 2) {
  const { passId: _passId, ...view } = passView({ state, usesLeft });
  return { ...view, hostName: '张*', reason };
}
