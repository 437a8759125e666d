import type { OutputOf, ParsedInputOf, residentsContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { MEMBERSHIPS, type MembershipDoc, RESIDENTS, type ResidentDoc } from '../membership/collections';
import { findAll } from '../places/find-all';
import { scopeFilter } from '../places/scope-filter';
import { staffScopeOf } from '../places/staff-scope';
import { decodeResidentCursor, encodeResidentCursor, queryKeyOf } from './resident-cursor';
import { toResidentRow } from './resident-row';

type List = typeof residentsContract;
type Input = ParsedInputOf<List, 'list'>;
type Found = { residents: ResidentDoc[]; memberships: Map<string, MembershipDoc[]>; more: string | null };

const CHUNK = 200;
/** A search reads at most this many candidates per call; past it the page ends early and the cursor goes on. */
const MAX_SCANNED = 2000;
/** Above every character a name or phone can hold, so `[q, q + END)` is "starts with q". */
const PREFIX_END = '\u{10FFFF}';

/**
 * Residents with a membership (any status) within the caller's scope, by resident id, each with their rooms there.
 * Pages are keyed by resident id (our own cursor, not the store's): without a search, the scoped memberships are
 * read in resident order until `limit + 1` distinct residents are seen, so a resident with several rooms is never
 * split across pages; with a search (digits: phone prefix, otherwise name prefix), matching residents are read in
 * id order and kept when they have a membership in scope.
 */
export async function listResidents(deps: Deps, caller: Caller, input: Input): Promise<OutputOf<List, 'list'>> {
  const scope = staffScopeOf(caller);
  const queryKey = queryKeyOf(input);
  const after = decodeResidentCursor(input.cursor, queryKey);
  const inScope = await scopeFilter(deps, scope, input.within);
  const found = input.q
    ? await searchResidents(deps, inScope, input.q, after, input.limit)
    : await residentsByMembership(deps, inScope, after, input.limit);
  return {
    items: found.residents.map((r) => toResidentRow(r, found.memberships.get(r._id) ?? [], caller.roles)),
    nextCursor: found.more === null ? null : encodeResidentCursor({ after: found.more, query: queryKey }),
  };
}

async function residentsByMembership(deps: Deps, inScope: Filter, after: string | null, limit: number): Promise<Found> {
  const filter: Filter = after === null ? inScope : { ...inScope, residentId: { gt: after } };
  const groups = new Map<string, MembershipDoc[]>();
  let cursor: string | null = null;
  do {
    const page = await deps.store
      .collection<MembershipDoc>(MEMBERSHIPS)
      .find(filter, { orderBy: [['residentId', 'asc']], limit: CHUNK, cursor });
    for (const m of page.items) groups.set(m.residentId, [...(groups.get(m.residentId) ?? []), m]);
    cursor = page.nextCursor;
  } while (cursor && groups.size <= limit);

  const ids = [...groups.keys()].slice(0, limit);
  const loaded = ids.length
    ? await deps.store.collection<ResidentDoc>(RESIDENTS).find({ _id: { in: ids } }, { limit: ids.length })
    : { items: [] };
  const byId = new Map(loaded.items.map((r) => [r._id, r]));
  const residents = ids.flatMap((id) => byId.get(id) ?? []);
  return { residents, memberships: groups, more: groups.size > limit ? (ids.at(-1) ?? null) : null };
}

async function searchResidents(
  deps: Deps,
  inScope: Filter,
  q: string,
  after: string | null,
  limit: number,
): Promise<Found> {
  const field = /^\d+$/.test(q) ? 'phone' : 'name';
  const filter: Filter = { [field]: { gte: q, lt: `${q}${PREFIX_END}` } };
  if (after !== null) filter._id = { gt: after };
  const kept: ResidentDoc[] = [];
  const memberships = new Map<string, MembershipDoc[]>();
  let scanned = 0;
  let cursor: string | null = null;
  let lastScanned: string | null = null;
  do {
    const page = await deps.store
      .collection<ResidentDoc>(RESIDENTS)
      .find(filter, { orderBy: [['_id', 'asc']], limit: CHUNK, cursor });
    const ids = page.items.map((r) => r._id);
    const theirs = ids.length
      ? await findAll(deps.store.collection<MembershipDoc>(MEMBERSHIPS), { ...inScope, residentId: { in: ids } })
      : [];
    for (const m of theirs) memberships.set(m.residentId, [...(memberships.get(m.residentId) ?? []), m]);
    for (const resident of page.items) {
      if (kept.length > limit) break;
      if (memberships.has(resident._id)) kept.push(resident);
      lastScanned = resident._id;
      scanned++;
    }
    cursor = page.nextCursor;
  } while (cursor && kept.length <= limit && scanned < MAX_SCANNED);

  if (kept.length > limit) {
    const residents = kept.slice(0, limit);
    return { residents, memberships, more: residents.at(-1)?._id ?? null };
  }
  // Out of candidates, or the scan budget is spent: the page may be short while more may follow.
  return { residents: kept, memberships, more: cursor ? lastScanned : null };
}
