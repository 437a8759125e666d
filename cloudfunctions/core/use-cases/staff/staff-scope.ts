import {
  ANCESTOR_FIELDS,
  type AncestorField,
  PLACE_KIND_LABELS,
  PLACE_KINDS,
  type PlaceKind,
  STAFF_ROLE_LABELS,
  type StaffRole,
} from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from '../places/collections';

/** Where each role can sit in the hierarchy ("一级一权限"); null is the whole platform. */
const ROLE_LEVELS: Record<StaffRole, readonly (PlaceKind | null)[]> = {
  admin: [null, 'district', 'street', 'community', 'compound', 'building', 'unit'],
  street: ['street'],
  community: ['community'],
  grid: ['community'],
  property: ['compound'],
  worker: ['compound'],
};

/** The ancestor fields a staff doc carries for its scope path, so scoped lists are one indexed equality. */
export function scopeFieldsOf(scopePath: readonly string[]): Partial<Record<AncestorField, string>> {
  const fields: Partial<Record<AncestorField, string>> = {};
  scopePath.forEach((id, depth) => {
    const kind = PLACE_KINDS[depth];
    if (kind && kind !== 'room') fields[ANCESTOR_FIELDS[kind]] = id;
  });
  return fields;
}

/** Whether a staff member with `scopePath` lies within the caller's scope: the caller's path is a prefix of theirs. */
export function isStaffWithin(callerScope: readonly string[], scopePath: readonly string[]): boolean {
  return callerScope.length <= scopePath.length && callerScope.every((id, i) => scopePath[i] === id);
}

export function assertStaffWithin(caller: Caller, scopePath: readonly string[]): void {
  if (!isStaffWithin(caller.scope ?? [], scopePath)) {
    throw new AppError('AUTH.OUT_OF_SCOPE', { message: '该工作人员不在您的管辖范围内' });
  }
}

export interface ResolvedScope {
  place: PlaceDoc | null;
  path: string[];
}

/** The scope a draft names: the place must exist and may not be a room (nobody manages a single flat). */
export async function resolveScope(deps: Pick<Deps, 'store'>, placeId: string | null): Promise<ResolvedScope> {
  if (placeId === null) return { place: null, path: [] };
  const place = await deps.store.collection<PlaceDoc>(PLACES).get(placeId);
  if (!place) throw new AppError('RESOURCE.NOT_FOUND', { message: '所选的管辖范围不存在' });
  if (place.kind === 'room') {
    throw new AppError('VALIDATION.FAILED', {
      issues: [{ path: 'scopePlaceId', message: '管辖范围不能是单个房屋' }],
    });
  }
  return { place, path: [...place.path, place._id] };
}

/** Each role must fit the level of the scope: a property manager looks after a compound, not a whole street. */
export function assertRolesFitScope(roles: readonly StaffRole[], place: PlaceDoc | null): void {
  const level = place?.kind ?? null;
  const misfit = roles.find((role) => !ROLE_LEVELS[role].includes(level));
  if (misfit === undefined) return;
  const where = level === null ? '整个平台' : PLACE_KIND_LABELS[level];
  const allowed = ROLE_LEVELS[misfit].map((kind) => (kind === null ? '整个平台' : PLACE_KIND_LABELS[kind])).join('、');
  throw new AppError('VALIDATION.FAILED', {
    issues: [{ path: 'roles', message: `${STAFF_ROLE_LABELS[misfit]}的管辖范围须为${allowed}，不能是${where}` }],
  });
}

/** A new or changed scope must lie within the admin's own: nobody grants more than they hold. */
export function assertScopeGrantable(caller: Caller, scopePath: readonly string[]): void {
  if (!isStaffWithin(caller.scope ?? [], scopePath)) {
    throw new AppError('AUTH.OUT_OF_SCOPE', { message: '只能把管辖范围设在您自己的范围之内' });
  }
}
