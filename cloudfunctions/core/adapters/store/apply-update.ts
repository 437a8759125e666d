import type { Doc, DocumentStore, Update } from '../../ports/document-store';
import { invalid } from './store-rules';

/**
 * Applies set/inc/push/unset to a copy of a document the way CloudBase's operators do: missing parents are created,
 * `inc` on a missing field starts from 0, `push` on a missing field creates the array, and writing through a value
 * that is not an object is refused. The update must already have passed `assertUpdate`.
 */
type Adapter = DocumentStore['kind'];
type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at a dot path, or undefined when any step is missing or not an object. */
export function readPath(doc: Plain, path: string): unknown {
  let current: unknown = doc;
  for (const key of path.split('.')) {
    if (!isPlain(current)) return undefined;
    current = current[key];
  }
  return current;
}

function parentOf(adapter: Adapter, doc: Plain, path: string, create: boolean): [Plain, string] | null {
  const keys = path.split('.');
  const last = keys.pop() ?? path;
  let current = doc;
  for (const key of keys) {
    const next = current[key];
    if (next === undefined && create) {
      const made: Plain = {};
      current[key] = made;
      current = made;
    } else if (isPlain(next)) {
      current = next;
    } else if (next === undefined) {
      return null;
    } else {
      throw invalid(adapter, `cannot write ${path}: ${key} is not an object`);
    }
  }
  return [current, last];
}

function write(adapter: Adapter, doc: Plain, path: string, value: unknown): void {
  const found = parentOf(adapter, doc, path, true);
  if (found) found[0][found[1]] = value;
}

export function applyUpdate<T extends Doc>(adapter: Adapter, doc: T, update: Update): T {
  const next = structuredClone(doc);
  for (const [path, value] of Object.entries(update.set ?? {})) write(adapter, next, path, structuredClone(value));
  for (const [path, by] of Object.entries(update.inc ?? {})) {
    const current = readPath(next, path) ?? 0;
    if (typeof current !== 'number') throw invalid(adapter, `cannot inc ${path}: it is not a number`);
    write(adapter, next, path, current + by);
  }
  for (const [path, value] of Object.entries(update.push ?? {})) {
    const current = readPath(next, path) ?? [];
    if (!Array.isArray(current)) throw invalid(adapter, `cannot push to ${path}: it is not an array`);
    write(adapter, next, path, [...current, structuredClone(value)]);
  }
  for (const path of update.unset ?? []) {
    const found = parentOf(adapter, next, path, false);
    if (found) delete found[0][found[1]];
  }
  return next;
}
