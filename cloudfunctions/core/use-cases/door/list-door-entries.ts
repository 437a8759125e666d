import type { AccessMethod, AccessResult } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { readPage } from '../places/cursor-check';
import { scopeFilter } from '../places/scope-filter';
import { staffScopeOf } from '../places/staff-scope';
import { DOOR_ENTRIES, type DoorEntryDoc } from './collections';

export interface EntryQuery {
  within?: string;
  doorId?: string;
  method?: AccessMethod;
  result?: AccessResult;
  from?: string;
  to?: string;
  cursor?: string | null;
  limit: number;
}

/**
 * The access log within the caller's scope, newest first, narrowed by door, method, result and a time range
 * (`from` inclusive, `to` exclusive). Backs both `door.accessLog` and the visitor log.
 */
export async function listDoorEntries(deps: Deps, caller: Caller, query: EntryQuery) {
  const filter: Filter = { ...(await scopeFilter(deps, staffScopeOf(caller), query.within)) };
  if (query.doorId) filter.doorId = query.doorId;
  if (query.method) filter.method = query.method;
  if (query.result) filter.result = query.result;
  if (query.from || query.to) filter.at = { ...(query.from && { gte: query.from }), ...(query.to && { lt: query.to }) };
  const page = await readPage(query.cursor, () =>
    deps.store.collection<DoorEntryDoc>(DOOR_ENTRIES).find(filter, {
      orderBy: [
        ['at', 'desc'],
        ['_id', 'desc'],
      ],
      limit: query.limit,
      cursor: query.cursor,
    }),
  );
  return {
    items: page.items.map((entry) => ({
      _id: entry._id,
      at: entry.at,
      doorId: entry.doorId,
      doorName: entry.doorName,
      placeLabel: entry.placeLabel,
      method: entry.method,
      result: entry.result,
      who: entry.who,
      latencyMs: entry.latencyMs,
    })),
    nextCursor: page.nextCursor,
  };
}
