import { createHash } from 'node:crypto';

/**
 * Ids and sort keys for places the register import creates, in the seed's style: `<compoundId>-b3`,
 * `<compoundId>-b3-u1`, `<unitId>-1201`. Deterministic, so two imports of the same row race to the same id and the
 * store's primary key stops the second. A name that does not fit the id charset, an id that would pass
 * MAX_ID_LENGTH, or one already taken by a differently named sibling gets `<prefix>_<hash of parent and name>`.
 */
const MAX_ID_LENGTH = 32;
const ID_SAFE = /^[A-Za-z0-9_]+$/;

export function childIdOf(
  parentId: string,
  prefix: 'b' | 'u' | '',
  slug: string,
  name: string,
  taken: ReadonlySet<string>,
): string {
  const readable = `${parentId}-${prefix}${slug}`;
  if (ID_SAFE.test(slug) && readable.length <= MAX_ID_LENGTH && !taken.has(readable)) return readable;
  const hash = createHash('sha256').update(`${parentId}\u0000${name}`).digest('base64url').slice(0, 16);
  return `${prefix || 'r'}_${hash}`;
}

/** `3` → `3栋`: registers often number buildings bare; the hierarchy names them the way residents say them. */
export function buildingNameOf(raw: string): string {
  return /^\d+$/.test(raw) ? `${Number(raw)}栋` : raw;
}

export function unitNameOf(raw: string): string {
  return /^\d+$/.test(raw) ? `${Number(raw)}单元` : raw;
}

/** The id-friendly part of a building or unit name: `3栋` → `3`, `2单元` → `2`. */
export function slugOf(name: string): string {
  return name.replace(/(栋|号楼|幢|座|单元)$/, '');
}

/**
 * Natural order within a parent: digit runs padded to six places, so `2栋` < `10栋` and `801` < `1201`. Matches the
 * seed's keys for plain room numbers (`1201` → `001201`).
 */
export function naturalSortKey(name: string): string {
  return name.replace(/\d+/g, (digits) => digits.padStart(6, '0'));
}
