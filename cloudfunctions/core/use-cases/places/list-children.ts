import { isWithinScope, type OutputOf, type ParsedInputOf, type PlaceKind, type placesContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Collection } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from './collections';
import { findAll } from './find-all';
import { toPlaceView } from './place-view';
import { staffScopeOf } from './staff-scope';

type Children = OutputOf<typeof placesContract, 'children'>;

/** Residents browse from their compound down (found with searchCompounds); the levels above are staff business. */
const RESIDENT_BROWSABLE: readonly PlaceKind[] = ['compound', 'building', 'unit', 'room'];

/**
 * One level of the hierarchy, in natural order, each child with how many children it has in turn. Staff start at
 * their scope node (platform admins at the districts) and never step outside it.
 */
export async function listChildren(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof placesContract, 'children'>,
): Promise<Children> {
  const places = deps.store.collection<PlaceDoc>(PLACES);
  const isStaff = caller.kind === 'staff';
  if (input.parentId === null) {
    if (!isStaff) throw new AppError('AUTH.FORBIDDEN', { message: '请先搜索并选择您的小区' });
    const scope = staffScopeOf(caller);
    const top = scope.at(-1);
    if (top === undefined) return { parent: null, items: await withChildCounts(deps, await childrenOf(places, null)) };
    const node = await places.get(top);
    if (!node) throw new AppError('RESOURCE.NOT_FOUND', { message: '您的管辖范围已不存在，请联系管理员' });
    return { parent: null, items: await withChildCounts(deps, [node]) };
  }

  const parent = await places.get(input.parentId);
  if (!parent) throw new AppError('RESOURCE.NOT_FOUND', { message: '该区域不存在' });
  if (isStaff) {
    if (!isWithinScope(staffScopeOf(caller), parent)) throw new AppError('AUTH.OUT_OF_SCOPE');
  } else if (!RESIDENT_BROWSABLE.includes(parent.kind)) {
    throw new AppError('AUTH.FORBIDDEN', { message: '请先搜索并选择您的小区' });
  }
  const children = parent.kind === 'room' ? [] : await childrenOf(places, parent._id);
  return { parent: toPlaceView(parent), items: await withChildCounts(deps, children) };
}

/** Rooms are leaves: they get no count. Counts run one indexed `count` per child, in parallel. */
async function withChildCounts(deps: Pick<Deps, 'store'>, docs: readonly PlaceDoc[]): Promise<Children['items']> {
  const places = deps.store.collection<PlaceDoc>(PLACES);
  return Promise.all(
    docs.map(async (doc) =>
      doc.kind === 'room' ? toPlaceView(doc) : toPlaceView(doc, await places.count({ parentId: doc._id })),
    ),
  );
}

/** Every child of a node, by sort key (a unit holds a few dozen rooms; pages only matter past a thousand). */
function childrenOf(places: Collection<PlaceDoc>, parentId: string | null): Promise<PlaceDoc[]> {
  return findAll(places, { parentId }, [['sortKey', 'asc']]);
}
