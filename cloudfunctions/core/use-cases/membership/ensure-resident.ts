import type { Deps } from '../../deps';
import { RESIDENTS, type ResidentDoc } from './collections';
import type { SealedIdNumber } from './seal-id-number';

export interface Registration {
  name: string;
  phone: string;
  id: SealedIdNumber | null;
}

/**
 * The register entry for a WeChat user, created on their first application or accepted invitation. Two first calls
 * may race: the unique openid index lets exactly one insert through and the other reads the winner's entry.
 * An entry made without an ID number gets one the first time the person gives it.
 */
export async function ensureResident(
  deps: Pick<Deps, 'store' | 'ids' | 'clock'>,
  openid: string,
  person: Registration,
): Promise<ResidentDoc> {
  const residents = deps.store.collection<ResidentDoc>(RESIDENTS);
  const now = deps.clock.now().toISOString();
  let resident = await findByOpenid(deps, openid);
  if (!resident) {
    const doc: ResidentDoc = {
      _id: deps.ids.next(),
      openid,
      name: person.name,
      phone: person.phone,
      idCipher: person.id?.idCipher ?? null,
      idHash: person.id?.idHash ?? null,
      idMasked: person.id?.idMasked ?? null,
      currentRoomId: null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await residents.insert(doc);
      return doc;
    } catch (error) {
      // Judged by the outcome, not the error's kind (adapters name a unique-index clash differently): if the openid
      // is registered now, the other call won and its entry is the one to use.
      resident = await findByOpenid(deps, openid);
      if (!resident) throw error;
    }
  }
  if (resident.idHash === null && person.id) {
    const id = person.id;
    // Conditional on the hash still missing, so an ID given concurrently is never overwritten.
    const changed = await residents.update({ _id: resident._id, idHash: null }, { set: { ...id, updatedAt: now } });
    if (changed === 1) return { ...resident, ...id, updatedAt: now };
  }
  return resident;
}

async function findByOpenid(deps: Pick<Deps, 'store'>, openid: string): Promise<ResidentDoc | null> {
  const page = await deps.store.collection<ResidentDoc>(RESIDENTS).find({ openid }, { limit: 1 });
  return page.items[0] ?? null;
}
