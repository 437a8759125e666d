import type { PlaceView, RoomRow } from '@linli/shared';
import type { PlaceDoc } from './collections';

/** A place as clients see it: what it is, where it sits and how to name it; never the ancestor bookkeeping. */
export function toPlaceView(doc: PlaceDoc, childCount?: number): PlaceView {
  const view: PlaceView = { _id: doc._id, kind: doc.kind, name: doc.name, parentId: doc.parentId, label: doc.label };
  if (doc.room) view.room = doc.room;
  if (childCount !== undefined) view.childCount = childCount;
  return view;
}

/** A room of the register; null for a document that is not a complete room (it is skipped, not shown half-filled). */
export function toRoomRow(doc: PlaceDoc): RoomRow | null {
  const { room, compoundId, buildingId, unitId } = doc;
  if (doc.kind !== 'room' || !room || !compoundId || !buildingId || !unitId) return null;
  return {
    _id: doc._id,
    label: doc.label,
    number: room.number,
    floor: room.floor,
    areaHundredths: room.areaHundredths,
    type: room.type,
    compoundId,
    buildingId,
    unitId,
  };
}
