/** What every cursor-paged list action takes: a page size, the cursor, and the optional narrowing filters. */
export interface PageInput {
  limit: number;
  cursor?: string;
  /** The node the staff member narrowed to, inside their scope. */
  within?: string;
  q?: string;
}

/**
 * The input for one page. Empty filters are left out rather than sent as null or '': the list contracts are strict
 * and treat an absent filter as "everything in scope".
 */
export function pageInput(
  limit: number,
  cursor: string | null,
  { within = null, q = '' }: { within?: string | null; q?: string } = {},
): PageInput {
  return { limit, ...(cursor ? { cursor } : {}), ...(within ? { within } : {}), ...(q ? { q } : {}) };
}
