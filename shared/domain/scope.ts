import { ANCESTOR_FIELDS, type AncestorField, PLACE_KINDS } from './places';

/**
 * A staff member's scope is one node of the hierarchy, written as the path of ids from the district down to it.
 * The empty path is the whole platform (admin only). "一级一权限": a staff member sees that node and below.
 */
export type ScopePath = readonly string[];

/** The ancestor field and id that select everything within a scope, or null for the whole platform. */
export function scopeSelector(scope: ScopePath): { field: AncestorField; id: string } | null {
  if (scope.length === 0) return null;
  const kind = PLACE_KINDS[scope.length - 1];
  const id = scope[scope.length - 1];
  if (!kind || kind === 'room' || id === undefined) throw new Error(`scope path too deep: ${scope.length}`);
  return { field: ANCESTOR_FIELDS[kind], id };
}

/** Whether a document carrying ancestor ids lies within the scope. */
export function isWithinScope(scope: ScopePath, doc: Partial<Record<AncestorField, unknown>>): boolean {
  const selector = scopeSelector(scope);
  return selector === null || doc[selector.field] === selector.id;
}
