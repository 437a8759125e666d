import { type OutputOf, PASS_STATE_REASONS, type ParsedInputOf, type visitorContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { passOfToken } from './pass-token';
import { toPassView } from './pass-view';

type Visitor = typeof visitorContract;

/** `visitor.info`: what the visitor's page shows, to anyone holding the link. No ids, no phone, masked host. */
export async function getPassInfo(
  deps: Deps,
  _caller: Caller,
  input: ParsedInputOf<Visitor, 'info'>,
): Promise<OutputOf<Visitor, 'info'>> {
  const pass = await passOfToken(deps, input.token);
  const { passId: _passId, ...view } = toPassView(pass, deps.clock.now());
  return { ...view, hostName: pass.hostName, reason: PASS_STATE_REASONS[view.state] };
}
