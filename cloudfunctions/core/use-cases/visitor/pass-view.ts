import { passStateOf } from '@linli/shared';
import type { PassDoc } from './collections';

/** A pass as its creator and its visitor see it, with its state at `now`. */
export function toPassView(pass: PassDoc, now: Date) {
  return {
    passId: pass._id,
    kind: pass.kind,
    visitorName: pass.visitorName,
    validFrom: pass.validFrom,
    validUntil: pass.validUntil,
    maxUses: pass.maxUses,
    usesLeft: pass.usesLeft,
    state: passStateOf(pass, now),
    doors: pass.doors,
  };
}
