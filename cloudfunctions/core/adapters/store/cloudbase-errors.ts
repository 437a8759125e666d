import { StoreError, type StoreErrorKind } from '../../ports/document-store';

/**
 * CloudBase reports failures either by throwing or by resolving with `{ code, message }` (depending on the call and
 * SDK mode); both end up here. Codes are CloudBase's (`DATABASE_*`, `INVALID_PARAM`, …); MongoDB's own messages
 * (E11000) show through for unique-index violations.
 */
interface Described {
  code: string;
  message: string;
}

function describe(error: unknown): Described | null {
  if (error === null || typeof error !== 'object') return null;
  const field = (key: string): unknown => Reflect.get(error, key);
  const code = field('code') ?? field('errCode');
  if (typeof code !== 'string' && typeof code !== 'number') return null;
  return { code: String(code), message: String(field('message') ?? field('errMsg') ?? '') };
}

export function isConflict(error: unknown): boolean {
  return /TRANSACTION_CONFLICT/i.test(describe(error)?.code ?? '');
}

export function isMissingCollection(error: unknown): boolean {
  const described = describe(error);
  return (
    described !== null && /COLLECTION_NOT_EXIST|collection not exist/i.test(`${described.code} ${described.message}`)
  );
}

export function isExistingCollection(error: unknown): boolean {
  const described = describe(error);
  return described !== null && /ALREADY_EXIST|already exist/i.test(`${described.code} ${described.message}`);
}

function kindOf({ code, message }: Described): StoreErrorKind {
  if (/TRANSACTION_CONFLICT/i.test(code)) return 'CONFLICT';
  if (/DUPLICATE|E11000|duplicate key/i.test(`${code} ${message}`)) return 'DUPLICATE';
  if (/INVALID_PARAM|INVALID_OPER/i.test(code)) return 'INVALID';
  // Timeouts, rate limits, permissions, network: the store cannot serve this call now.
  return 'UNAVAILABLE';
}

/** A StoreError for a CloudBase failure; anything else (our StoreErrors, a callback's own errors) passes through. */
export function toStoreError(error: unknown, doing: string): unknown {
  if (error instanceof StoreError) return error;
  const described = describe(error);
  if (!described) {
    const network = error instanceof Error && /ECONN|ETIMEDOUT|ENOTFOUND|socket|timeout/i.test(error.message);
    if (!network) return error;
    return new StoreError('UNAVAILABLE', 'cloudbase', `${doing} failed: ${error.message}`, { cause: error });
  }
  const detail = `${described.code}${described.message ? `: ${described.message}` : ''}`;
  return new StoreError(kindOf(described), 'cloudbase', `${doing} failed (${detail})`, { cause: error });
}

/** Throws a reply that carries an error code instead of data. */
export function checked<R>(reply: R): R {
  if (reply !== null && typeof reply === 'object' && 'code' in reply && reply.code) throw reply;
  return reply;
}
