import { signSession } from '../../cloudfunctions/core/identity/session-token';
import type { DocumentStore } from '../../cloudfunctions/core/ports/document-store';
import {
  STAFF,
  STAFF_SESSIONS,
  type StaffDoc,
  type StaffSessionDoc,
} from '../../cloudfunctions/core/use-cases/staff/collections';

/** A staff account with a live session, written straight to the store, and its signed token (benches only). */
export async function addStaff(
  store: DocumentStore,
  secret: string,
  id: string,
  roles: StaffDoc['roles'],
  scopePath: string[],
): Promise<string> {
  const now = new Date();
  await store.collection<StaffDoc>(STAFF).insert({
    _id: id,
    account: id,
    name: '基准',
    phone: '13800000000',
    roles,
    scopePath,
    passwordHash: 'unused',
    failedLogins: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  const sid = `bench-${id}`;
  const expiresAt = new Date(now.getTime() + 3600_000).toISOString();
  await store
    .collection<StaffSessionDoc>(STAFF_SESSIONS)
    .insert({ _id: sid, staffId: id, createdAt: now.toISOString(), expiresAt, revokedAt: null });
  const exp = Math.floor(now.getTime() / 1000) + 3600;
  return signSession({ v: 1, kind: 'staff', sub: id, sid, roles, scope: scopePath, exp }, secret);
}
