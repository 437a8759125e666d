import type { StaffProfile } from '@linli/shared';
import type { Deps } from '../../deps';
import { PLACES, type PlaceDoc } from '../places/collections';
import type { StaffDoc } from './collections';

/** A staff doc as clients see it: no hash, no counters, scope with its place's label. */
export function toStaffProfile(doc: StaffDoc, labels: ReadonlyMap<string, string>): StaffProfile {
  const placeId = doc.scopePath[doc.scopePath.length - 1];
  return {
    _id: doc._id,
    account: doc.account,
    name: doc.name,
    phone: doc.phone,
    roles: doc.roles,
    // A scope place deleted since still shows as its id rather than hiding the staff member's scope.
    scope: placeId === undefined ? null : { placeId, label: labels.get(placeId) ?? placeId, path: [...doc.scopePath] },
    disabled: doc.disabled,
  };
}

/** Profiles for a page of staff, with one read for all their scope labels. */
export async function loadStaffProfiles(deps: Pick<Deps, 'store'>, docs: readonly StaffDoc[]): Promise<StaffProfile[]> {
  const placeIds = [...new Set(docs.flatMap((doc) => doc.scopePath.slice(-1)))];
  const labels = new Map<string, string>();
  if (placeIds.length > 0) {
    const places = await deps.store
      .collection<PlaceDoc>(PLACES)
      .find({ _id: { in: placeIds } }, { limit: placeIds.length });
    for (const place of places.items) labels.set(place._id, place.label);
  }
  return docs.map((doc) => toStaffProfile(doc, labels));
}

export async function loadStaffProfile(deps: Pick<Deps, 'store'>, doc: StaffDoc): Promise<StaffProfile> {
  const [profile] = await loadStaffProfiles(deps, [doc]);
  if (!profile) throw new Error(`no profile built for staff ${doc._id}`);
  return profile;
}
