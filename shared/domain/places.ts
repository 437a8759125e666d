import { z } from 'zod';
import { ZId } from './ids';

/**
 * The community hierarchy, top to bottom. Every place records the ids of itself and all its ancestors
 * (`districtId` … `unitId`), so "everything within node X" is one equality on one indexed field.
 */
export const PLACE_KINDS = ['district', 'street', 'community', 'compound', 'building', 'unit', 'room'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const ZPlaceKind = z.enum(PLACE_KINDS);

export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  district: '区',
  street: '街道',
  community: '社区',
  compound: '小区',
  building: '楼栋',
  unit: '单元',
  room: '房屋',
};

/** The field holding the id of the ancestor (or self) at each level. Rooms are leaves: none point at them. */
export const ANCESTOR_FIELDS = {
  district: 'districtId',
  street: 'streetId',
  community: 'communityId',
  compound: 'compoundId',
  building: 'buildingId',
  unit: 'unitId',
} as const satisfies Record<Exclude<PlaceKind, 'room'>, string>;
export type AncestorField = (typeof ANCESTOR_FIELDS)[keyof typeof ANCESTOR_FIELDS];

export const ROOM_TYPES = ['residence', 'shop', 'office', 'garage', 'other'] as const;
export const ZRoomType = z.enum(ROOM_TYPES);
export const ROOM_TYPE_LABELS: Record<(typeof ROOM_TYPES)[number], string> = {
  residence: '住宅',
  shop: '商铺',
  office: '办公',
  garage: '车位',
  other: '其他',
};

/** Exclusive area from the property register, in hundredths of a square metre (integer, like money in fen). */
export const ZAreaHundredths = z.number().int().min(1).max(10_000_000);

export const ZPlace = z.object({
  _id: ZId,
  kind: ZPlaceKind,
  name: z.string().min(1).max(50),
  parentId: ZId.nullable(),
  /** Ids from the district down to this place's parent. */
  path: z.array(ZId).max(6),
  districtId: ZId.optional(),
  streetId: ZId.optional(),
  communityId: ZId.optional(),
  compoundId: ZId.optional(),
  buildingId: ZId.optional(),
  unitId: ZId.optional(),
  /** Rooms only. */
  room: z
    .object({
      number: z.string().min(1).max(20),
      floor: z.number().int().min(-10).max(200),
      areaHundredths: ZAreaHundredths,
      type: ZRoomType,
    })
    .optional(),
});
export type Place = z.infer<typeof ZPlace>;

/** A place as a client sees it: with a human label of where it is ("阳光花园 3栋 2单元 1201"). */
export const ZPlaceView = ZPlace.pick({ _id: true, kind: true, name: true, parentId: true, room: true }).extend({
  label: z.string(),
  childCount: z.number().int().nonnegative().optional(),
});
export type PlaceView = z.infer<typeof ZPlaceView>;

export function formatArea(areaHundredths: number): string {
  return `${(areaHundredths / 100).toFixed(2)} m²`;
}
