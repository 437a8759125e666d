import { AppError } from '../../errors';
import { StoreError } from '../../ports/document-store';

/**
 * Runs a paged read. Cursors are opaque to clients: one the store does not recognise (altered, or from another
 * query) is the caller's mistake, answered VALIDATION.FAILED rather than INTERNAL.
 */
export async function readPage<T>(cursor: string | null | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (cursor && error instanceof StoreError && error.kind === 'INVALID') {
      throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'cursor', message: '分页参数无效，请刷新后重试' }] });
    }
    throw error;
  }
}
