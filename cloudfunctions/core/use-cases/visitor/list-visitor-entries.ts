import type { OutputOf, ParsedInputOf, visitorContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { listDoorEntries } from '../door/list-door-entries';

type Visitor = typeof visitorContract;

/** `visitor.log`: the access log's visitor entries within the caller's scope. */
export function listVisitorEntries(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Visitor, 'log'>,
): Promise<OutputOf<Visitor, 'log'>> {
  return listDoorEntries(deps, caller, { ...input, method: 'visitor' });
}
