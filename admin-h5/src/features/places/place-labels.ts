import { PLACE_KIND_LABELS, PLACE_KINDS, type PlaceKind } from '@linli/shared';

/** "12 个楼栋", "24 套房屋": how many children a node has, named by the level below it. */
export function childCountLabel(kind: PlaceKind, count: number): string {
  const below = PLACE_KINDS[PLACE_KINDS.indexOf(kind) + 1];
  if (!below) return '';
  return below === 'room' ? `${count} 套房屋` : `${count} 个${PLACE_KIND_LABELS[below]}`;
}
