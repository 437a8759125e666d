import type { OutputOf, ParsedInputOf, visitorContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf } from '../membership/caller-resident';
import { PASSES, type PassDoc } from './collections';
import { toPassView } from './pass-view';

type Visitor = typeof visitorContract;

/** `visitor.revoke`: the creator voids a pass; revoking twice answers the same revoked pass. */
export async function revokeVisitorPass(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Visitor, 'revoke'>,
): Promise<OutputOf<Visitor, 'revoke'>> {
  const { residentId } = residentOf(caller);
  const passes = deps.store.collection<PassDoc>(PASSES);
  const now = deps.clock.now();
  await passes.update({ _id: input.passId, residentId, revokedAt: null }, { set: { revokedAt: now.toISOString() } });
  const pass = await passes.get(input.passId);
  // Someone else's pass is "not found": its existence is not the caller's business.
  if (!pass || pass.residentId !== residentId) throw new AppError('RESOURCE.NOT_FOUND', { message: '通行证不存在' });
  return toPassView(pass, now);
}
