import { createHash } from 'node:crypto';
import type { DocumentStore, Filter, Scalar } from '../../ports/document-store';
import { invalid, type OrderField } from './store-rules';

/**
 * Keyset cursors: the last row's order values plus its `_id`, so the next page starts strictly after that row and
 * pages neither skip nor repeat rows when order values tie or rows are inserted meanwhile. The cursor carries a
 * fingerprint of the query so one used with another filter or order fails loudly instead of paging nonsense.
 */
type Adapter = DocumentStore['kind'];

interface CursorBody {
  q: string;
  v: Scalar[];
}

function fingerprint(filter: Filter, order: readonly OrderField[]): string {
  return createHash('sha256')
    .update(JSON.stringify([filter, order]))
    .digest('base64url')
    .slice(0, 12);
}

export function encodeCursor(filter: Filter, order: readonly OrderField[], values: readonly Scalar[]): string {
  const body: CursorBody = { q: fingerprint(filter, order), v: [...values] };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** The order values (one per order field, `_id` last) the next page starts after. */
export function decodeCursor(adapter: Adapter, cursor: string, filter: Filter, order: readonly OrderField[]): Scalar[] {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid(adapter, 'malformed page cursor');
  }
  if (
    body === null ||
    typeof body !== 'object' ||
    !('q' in body) ||
    !('v' in body) ||
    !Array.isArray(body.v) ||
    body.v.length !== order.length ||
    !body.v.every(isScalar)
  ) {
    throw invalid(adapter, 'malformed page cursor');
  }
  if (body.q !== fingerprint(filter, order)) {
    throw invalid(adapter, 'page cursor belongs to a different filter or order');
  }
  return body.v;
}
