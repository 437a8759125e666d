/**
 * What a staff member types into the room search box. Plain text is a room number prefix (`12` finds 1201, 1202…);
 * a building and unit narrow first: `3栋`, `3号楼`, `3栋2单元`, `3栋2单元101`, or the register's shorthand
 * `3-2`, `3-2-101` (building-unit-room). Whitespace is ignored.
 */
export interface RoomQuery {
  /** Building name as typed, without 栋/号楼/幢/座. */
  building?: string;
  /** Unit name as typed, without 单元. */
  unit?: string;
  /** Room number prefix. */
  number?: string;
}

const DASHED = /^([^-]+)-([^-]+)(?:-([^-]+))?$/;
const NAMED = /^(.+?)(?:栋|号楼|幢|座)(?:(.+?)单元)?(.*)$/;

export function parseRoomQuery(raw: string): RoomQuery {
  const q = raw.replace(/\s+/g, '');
  const dashed = DASHED.exec(q);
  if (dashed) return compact({ building: dashed[1], unit: dashed[2], number: dashed[3] });
  const named = NAMED.exec(q);
  if (named) return compact({ building: named[1], unit: named[2], number: named[3] });
  return q ? { number: q } : {};
}

/** The names a typed building may be stored under: the register may write `3`, `3栋` or `3号楼`. */
export function buildingNames(typed: string): string[] {
  return [typed, `${typed}栋`, `${typed}号楼`, `${typed}幢`, `${typed}座`];
}

export function unitNames(typed: string): string[] {
  return [typed, `${typed}单元`];
}

function compact(query: RoomQuery): RoomQuery {
  const out: RoomQuery = {};
  if (query.building) out.building = query.building;
  if (query.unit) out.unit = query.unit;
  if (query.number) out.number = query.number;
  return out;
}
