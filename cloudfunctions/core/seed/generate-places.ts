import type { AncestorField, PlaceKind } from '@linli/shared';
import type { PlaceDoc } from '../use-cases/places/collections';

/** The shape of a compound to generate: buildings × units × floors × rooms per floor. */
export interface CompoundSpec {
  id: string;
  name: string;
  buildings: number;
  unitsPerBuilding: number;
  floors: number;
  roomsPerFloor: number;
}

export interface HierarchySpec {
  district: { id: string; name: string };
  street: { id: string; name: string };
  communities: { id: string; name: string; compounds: CompoundSpec[] }[];
}

/**
 * Yields every place of a hierarchy, parents before children, with ancestor ids, labels and sort keys filled in.
 * Deterministic: the same spec always gives the same documents (areas included), so tests and benches can rely on it.
 */
export function* generatePlaces(spec: HierarchySpec): Generator<PlaceDoc> {
  const district = place('district', spec.district.id, spec.district.name, null, [], {}, 1);
  yield district;
  const street = place('street', spec.street.id, spec.street.name, district, [], { districtId: district._id }, 1);
  yield street;
  for (const [ci, community] of spec.communities.entries()) {
    const upToStreet = { districtId: district._id, streetId: street._id };
    const communityDoc = place('community', community.id, community.name, street, [], upToStreet, ci + 1);
    yield communityDoc;
    for (const [pi, compound] of community.compounds.entries()) {
      yield* generateCompound(compound, communityDoc, pi + 1);
    }
  }
}

function* generateCompound(spec: CompoundSpec, community: PlaceDoc, order: number): Generator<PlaceDoc> {
  const above = { districtId: community.districtId, streetId: community.streetId, communityId: community._id };
  const compound = place('compound', spec.id, spec.name, community, [spec.name], above, order);
  yield compound;
  for (let b = 1; b <= spec.buildings; b++) {
    const buildingName = `${b}栋`;
    const building = place(
      'building',
      `${spec.id}-b${b}`,
      buildingName,
      compound,
      [spec.name, buildingName],
      {
        ...above,
        compoundId: compound._id,
      },
      b,
    );
    yield building;
    for (let u = 1; u <= spec.unitsPerBuilding; u++) {
      const unitName = `${u}单元`;
      const labels = [spec.name, buildingName, unitName];
      const unitAncestors = { ...above, compoundId: compound._id, buildingId: building._id };
      const unit = place('unit', `${building._id}-u${u}`, unitName, building, labels, unitAncestors, u);
      yield unit;
      for (let floor = 1; floor <= spec.floors; floor++) {
        for (let r = 1; r <= spec.roomsPerFloor; r++) {
          const number = `${floor}${String(r).padStart(2, '0')}`;
          const room = place(
            'room',
            `${unit._id}-${number}`,
            number,
            unit,
            [...labels, number],
            {
              ...unitAncestors,
              unitId: unit._id,
            },
            floor * 100 + r,
          );
          room.room = { number, floor, areaHundredths: areaFor(room._id), type: 'residence' };
          yield room;
        }
      }
    }
  }
}

function place(
  kind: PlaceKind,
  id: string,
  name: string,
  parent: PlaceDoc | null,
  labelParts: string[],
  ancestors: Partial<Record<AncestorField, string>>,
  order: number,
): PlaceDoc {
  const self = kind === 'room' ? {} : { [`${kind}Id`]: id };
  return {
    _id: id,
    kind,
    name,
    parentId: parent?._id ?? null,
    path: parent ? [...parent.path, parent._id] : [],
    ...ancestors,
    ...self,
    label: labelParts.length > 0 ? labelParts.join(' ') : name,
    sortKey: String(order).padStart(6, '0'),
  };
}

/** 60.00–159.99 m², stable per room id. */
function areaFor(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return 6000 + ((h >>> 0) % 10000);
}

/** A street of compounds holding about `rooms` rooms in all (for the seeding and list benchmarks). */
export function hierarchyOfSize(rooms: number): HierarchySpec {
  const perCompound = 6 * 2 * 18 * 4; // 864 rooms: 6 buildings, 2 units, 18 floors, 4 a floor
  const compounds = Math.max(1, Math.ceil(rooms / perCompound));
  const communities = Math.max(1, Math.ceil(compounds / 10));
  return {
    district: { id: 'dst-b', name: '基准区' },
    street: { id: 'str-b', name: '基准街道' },
    communities: Array.from({ length: communities }, (_, c) => ({
      id: `com-b${c + 1}`,
      name: `基准社区${c + 1}`,
      compounds: Array.from({ length: Math.min(10, compounds - c * 10) }, (_, p) => ({
        id: `cpd-b${c * 10 + p + 1}`,
        name: `基准小区${c * 10 + p + 1}`,
        buildings: 6,
        unitsPerBuilding: 2,
        floors: 18,
        roomsPerFloor: 4,
      })),
    })),
  };
}
