import type { z } from 'zod';
import type { ZPassState } from '../contracts/visitor';

export type PassState = z.infer<typeof ZPassState>;

export interface PassFacts {
  validFrom: string;
  validUntil: string;
  usesLeft: number;
  revokedAt: string | null;
}

/**
 * Where a pass stands at `now`. Revocation wins over everything (the host's decision), then use-up, then the time
 * window, so a visitor is told the reason that no later change could undo.
 */
export function passStateOf(pass: PassFacts, now: Date): PassState {
  if (pass.revokedAt !== null) return 'revoked';
  if (pass.usesLeft <= 0) return 'used_up';
  const at = now.getTime();
  if (at >= Date.parse(pass.validUntil)) return 'expired';
  if (at < Date.parse(pass.validFrom)) return 'not_yet';
  return 'valid';
}

/** What a visitor reads when the pass does not open doors; null while it does. */
export const PASS_STATE_REASONS: Record<PassState, string | null> = {
  valid: null,
  not_yet: '通行证尚未生效',
  expired: '通行证已过期',
  used_up: '通行证次数已用完',
  revoked: '通行证已被作废',
};
