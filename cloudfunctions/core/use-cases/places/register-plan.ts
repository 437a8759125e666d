import { ANCESTOR_FIELDS, formatArea, ROOM_TYPE_LABELS } from '@linli/shared';
import type { Deps } from '../../deps';
import { PLACES, type PlaceDoc } from './collections';
import { findAll } from './find-all';
import { childIdOf, naturalSortKey, slugOf } from './place-naming';
import type { LineError, RegisterLine } from './register-rows';

/** What one batch would do to a compound: places to insert (parents first), rows already registered, bad rows. */
export interface RegisterPlan {
  inserts: PlaceDoc[];
  created: number;
  unchanged: number;
  errors: LineError[];
}

/**
 * Matches each valid row against the compound as stored: buildings and units by name, rooms by number within their
 * unit. A room already there with the same floor, area and type is unchanged; with different data it is an error,
 * never overwritten (the register is corrected on purpose, not by a re-import). A row repeating an earlier row of
 * the batch is an error too.
 */
export async function planRegister(
  deps: Pick<Deps, 'store'>,
  compound: PlaceDoc,
  lines: readonly RegisterLine[],
): Promise<RegisterPlan> {
  const existing = await loadCompound(deps, compound, lines);
  const taken = new Set(existing.ids);
  const buildings = new Map(existing.buildings.map((b) => [b.name, b]));
  const units = new Map(existing.units.map((u) => [`${u.parentId}/${u.name}`, u]));
  const rooms = new Map(existing.rooms.map((r) => [`${r.parentId}/${r.room?.number}`, r]));
  const seen = new Map<string, number>();
  const plan: RegisterPlan = { inserts: [], created: 0, unchanged: 0, errors: [] };

  const add = (doc: PlaceDoc): PlaceDoc => {
    taken.add(doc._id);
    plan.inserts.push(doc);
    return doc;
  };

  for (const row of lines) {
    const key = `${row.building}/${row.unit}/${row.room}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      plan.errors.push({ line: row.line, message: `与第${earlier}行重复（${row.building} ${row.unit} ${row.room}）` });
      continue;
    }
    seen.set(key, row.line);
    let building = buildings.get(row.building);
    if (!building) {
      building = add(
        childOf(
          compound,
          'building',
          childIdOf(compound._id, 'b', slugOf(row.building), row.building, taken),
          row.building,
        ),
      );
      buildings.set(row.building, building);
    }
    let unit = units.get(`${building._id}/${row.unit}`);
    if (!unit) {
      unit = add(childOf(building, 'unit', childIdOf(building._id, 'u', slugOf(row.unit), row.unit, taken), row.unit));
      units.set(`${building._id}/${row.unit}`, unit);
    }
    const stored = rooms.get(`${unit._id}/${row.room}`);
    if (stored?.room) {
      const differences = differencesOf(stored.room, row);
      if (differences.length === 0) plan.unchanged++;
      else plan.errors.push({ line: row.line, message: `与登记不一致：已登记${differences.join('、')}` });
      continue;
    }
    const room = childOf(unit, 'room', childIdOf(unit._id, '', row.room, row.room, taken), row.room);
    room.room = { number: row.room, floor: row.floor, areaHundredths: row.areaHundredths, type: row.type };
    add(room);
    plan.created++;
  }
  return plan;
}

function differencesOf(stored: NonNullable<PlaceDoc['room']>, row: RegisterLine): string[] {
  const differences: string[] = [];
  if (stored.floor !== row.floor) differences.push(`楼层${stored.floor}`);
  if (stored.areaHundredths !== row.areaHundredths) differences.push(`面积${formatArea(stored.areaHundredths)}`);
  if (stored.type !== row.type) differences.push(`类型${ROOM_TYPE_LABELS[stored.type]}`);
  return differences;
}

/** A new child with its ancestors copied from the parent (and its own id in its own ancestor field). */
function childOf(parent: PlaceDoc, kind: 'building' | 'unit' | 'room', id: string, name: string): PlaceDoc {
  const doc: PlaceDoc = {
    _id: id,
    kind,
    name,
    parentId: parent._id,
    path: [...parent.path, parent._id],
    label: `${parent.label} ${name}`,
    sortKey: naturalSortKey(name),
  };
  for (const field of Object.values(ANCESTOR_FIELDS)) {
    const ancestor = parent[field];
    if (ancestor) doc[field] = ancestor;
  }
  if (kind === 'building') doc.buildingId = id;
  if (kind === 'unit') doc.unitId = id;
  return doc;
}

/** The compound's buildings and units, and the rooms of the units this batch touches. */
async function loadCompound(deps: Pick<Deps, 'store'>, compound: PlaceDoc, lines: readonly RegisterLine[]) {
  const places = deps.store.collection<PlaceDoc>(PLACES);
  const buildings = await findAll(places, { compoundId: compound._id, kind: 'building' });
  const units = await findAll(places, { compoundId: compound._id, kind: 'unit' });
  const buildingByName = new Map(buildings.map((b) => [b.name, b._id]));
  const touched = new Set(lines.map((row) => `${buildingByName.get(row.building)}/${row.unit}`));
  const unitIds = units.filter((u) => touched.has(`${u.parentId}/${u.name}`)).map((u) => u._id);
  const rooms: PlaceDoc[] = [];
  for (let i = 0; i < unitIds.length; i += 100) {
    rooms.push(...(await findAll(places, { unitId: { in: unitIds.slice(i, i + 100) }, kind: 'room' })));
  }
  return { buildings, units, rooms, ids: [...buildings, ...units, ...rooms].map((doc) => doc._id) };
}
