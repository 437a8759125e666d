import { idNumberCheckChar, type MembershipRole, maskIdNumber, type StaffRole } from '@linli/shared';
import type { Deps } from '../deps';
import { hashPassword } from '../identity/passwords';
import type { Collection, Doc, DocumentStore } from '../ports/document-store';
import {
  MEMBERSHIPS,
  type MembershipDoc,
  membershipIdOf,
  RESIDENTS,
  type ResidentDoc,
} from '../use-cases/membership/collections';
import { PLACES, type PlaceDoc } from '../use-cases/places/collections';
import { STAFF, type StaffDoc } from '../use-cases/staff/collections';
import { scopeFieldsOf } from '../use-cases/staff/staff-scope';
import { generatePlaces, type HierarchySpec } from './generate-places';

/** Shown in the README and on the dev login page; never used outside the local demo. */
export const DEMO_PASSWORD = 'Linli2026';

export const DEMO_HIERARCHY: HierarchySpec = {
  district: { id: 'dst-1', name: '滨江区' },
  street: { id: 'str-1', name: '长河街道' },
  communities: [
    {
      id: 'com-1',
      name: '江南社区',
      compounds: [
        { id: 'cpd-1', name: '阳光花园', buildings: 3, unitsPerBuilding: 2, floors: 6, roomsPerFloor: 2 },
        { id: 'cpd-2', name: '锦绣苑', buildings: 2, unitsPerBuilding: 2, floors: 6, roomsPerFloor: 2 },
      ],
    },
    {
      id: 'com-2',
      name: '星光社区',
      compounds: [{ id: 'cpd-3', name: '星光小区', buildings: 2, unitsPerBuilding: 1, floors: 6, roomsPerFloor: 2 }],
    },
  ],
};

interface DemoStaff {
  account: string;
  name: string;
  phone: string;
  roles: StaffRole[];
  scopePlaceId: string | null;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  { account: 'admin', name: '平台管理员', phone: '13800000001', roles: ['admin'], scopePlaceId: null },
  { account: 'jiedao', name: '赵街道', phone: '13800000002', roles: ['street'], scopePlaceId: 'str-1' },
  { account: 'shequ', name: '钱社区', phone: '13800000003', roles: ['community'], scopePlaceId: 'com-1' },
  { account: 'wuye', name: '孙物业', phone: '13800000004', roles: ['property'], scopePlaceId: 'cpd-1' },
  { account: 'weixiu', name: '李师傅', phone: '13800000005', roles: ['worker'], scopePlaceId: 'cpd-1' },
  { account: 'wangge', name: '周网格', phone: '13800000006', roles: ['grid'], scopePlaceId: 'com-1' },
  { account: 'xingguang', name: '吴物业', phone: '13800000007', roles: ['property'], scopePlaceId: 'cpd-3' },
];

interface DemoResident {
  openid: string;
  name: string;
  phone: string;
  memberships: { roomId: string; role: MembershipRole; status: 'approved' | 'pending' }[];
}

export const DEMO_RESIDENTS: readonly DemoResident[] = [
  {
    openid: 'demo-owner-zhang',
    name: '张伟',
    phone: '13912340001',
    memberships: [{ roomId: 'cpd-1-b1-u1-101', role: 'owner', status: 'approved' }],
  },
  {
    openid: 'demo-family-li',
    name: '李静',
    phone: '13912340002',
    memberships: [{ roomId: 'cpd-1-b1-u1-101', role: 'family', status: 'approved' }],
  },
  {
    openid: 'demo-tenant-wang',
    name: '王磊',
    phone: '13912340003',
    memberships: [{ roomId: 'cpd-1-b2-u1-302', role: 'tenant', status: 'pending' }],
  },
  {
    openid: 'demo-tenant-zhao',
    name: '赵敏',
    phone: '13912340005',
    memberships: [{ roomId: 'cpd-1-b1-u2-201', role: 'tenant', status: 'approved' }],
  },
  { openid: 'demo-new-chen', name: '陈晨', phone: '13912340004', memberships: [] },
];

/** A valid (checksummed) but fictitious ID number for the nth demo person. */
export function demoIdNumber(n: number): string {
  const first17 = `330108199${n % 10}0${(n % 9) + 1}1${n % 10}${String(100 + n).slice(-3)}`;
  return first17 + idNumberCheckChar(first17);
}

const SEED_BATCH = 500;

/**
 * Writes every place of a hierarchy, 500 to a transaction (one commit each instead of one per place: about 4.7×
 * faster at 100,000 rooms); returns how many.
 */
export async function seedPlaces(store: DocumentStore, spec: HierarchySpec): Promise<number> {
  let count = 0;
  let batch: PlaceDoc[] = [];
  const flush = async () => {
    const docs = batch;
    batch = [];
    await store.transaction(async (tx) => {
      for (const doc of docs) await tx.set(PLACES, doc);
    });
  };
  for (const doc of generatePlaces(spec)) {
    batch.push(doc);
    count++;
    if (batch.length === SEED_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return count;
}

/** Creates or replaces: every seed write is idempotent, so a first start cut short simply seeds again. */
async function put<T extends Doc>(store: DocumentStore, collection: string, doc: T): Promise<void> {
  await store.transaction(async (tx) => tx.set(collection, doc));
}

/**
 * The demo community of the local stack: its hierarchy, staff of every role (password DEMO_PASSWORD) and residents
 * in each binding state. Runs once per data folder (the marker is written last); later starts find the marker and
 * leave the data alone, and a run cut short before the marker is simply repeated.
 */
export async function seedDemo(deps: Pick<Deps, 'store' | 'idCipher' | 'clock'>): Promise<{ seeded: boolean }> {
  const meta = deps.store.collection<Doc & { version: number; at: string }>('meta');
  if (await meta.get('demo-seed')) return { seeded: false };
  const now = deps.clock.now().toISOString();
  const places = deps.store.collection<PlaceDoc>(PLACES);
  await seedPlaces(deps.store, DEMO_HIERARCHY);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const person of DEMO_STAFF) {
    const scope = person.scopePlaceId ? await places.get(person.scopePlaceId) : null;
    const scopePath = scope ? [...scope.path, scope._id] : [];
    const staff: StaffDoc = {
      _id: `staff-${person.account}`,
      account: person.account,
      name: person.name,
      phone: person.phone,
      roles: person.roles,
      scopePath,
      ...scopeFieldsOf(scopePath),
      passwordHash,
      failedLogins: 0,
      lockedUntil: null,
      disabled: false,
      createdAt: now,
      updatedAt: now,
    };
    await put(deps.store, STAFF, staff);
  }

  for (const [n, person] of DEMO_RESIDENTS.entries()) {
    await seedResident(deps, places, person, demoIdNumber(n + 1), now);
  }
  await meta.insert({ _id: 'demo-seed', version: 1, at: now });
  return { seeded: true };
}

async function seedResident(
  deps: Pick<Deps, 'store' | 'idCipher'>,
  places: Collection<PlaceDoc>,
  person: DemoResident,
  idNumber: string,
  now: string,
): Promise<void> {
  const residentId = `res-${person.openid}`;
  const sealed = deps.idCipher.encrypt(idNumber);
  const approved = person.memberships.find((m) => m.status === 'approved');
  await put<ResidentDoc>(deps.store, RESIDENTS, {
    _id: residentId,
    openid: person.openid,
    name: person.name,
    phone: person.phone,
    idCipher: sealed,
    idHash: deps.idCipher.hash(idNumber),
    idMasked: maskIdNumber(idNumber),
    currentRoomId: approved?.roomId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  for (const membership of person.memberships) {
    const room = await places.get(membership.roomId);
    if (!room?.compoundId || !room.buildingId || !room.unitId || !room.communityId) {
      throw new Error(`demo room ${membership.roomId} is not in the demo hierarchy`);
    }
    const decided = membership.status === 'approved';
    const doc: MembershipDoc = {
      _id: membershipIdOf(residentId, room._id),
      residentId,
      openid: person.openid,
      roomId: room._id,
      roomLabel: room.label,
      districtId: room.districtId ?? '',
      streetId: room.streetId ?? '',
      communityId: room.communityId,
      compoundId: room.compoundId,
      buildingId: room.buildingId,
      unitId: room.unitId,
      role: membership.role,
      status: membership.status,
      applicant: { name: person.name, phone: person.phone, idCipher: sealed, idMasked: maskIdNumber(idNumber) },
      reason: null,
      appliedAt: now,
      decidedAt: decided ? now : null,
      decidedBy: decided ? 'staff-wuye' : null,
      invitedBy: null,
      history: [{ status: membership.status, at: now, by: decided ? 'staff-wuye' : residentId, reason: null }],
    };
    await put(deps.store, MEMBERSHIPS, doc);
  }
}
