import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { ZAreaHundredths, ZPlaceView, ZRoomType } from '../domain/places';
import { ALL_STAFF, MANAGERS, RESIDENT_ROLES } from '../roles';
import { defineContract } from './define-contract';

export const ZRoomRow = z.object({
  _id: ZId,
  label: z.string(),
  number: z.string(),
  floor: z.number().int(),
  areaHundredths: ZAreaHundredths,
  type: ZRoomType,
  compoundId: ZId,
  buildingId: ZId,
  unitId: ZId,
});
export type RoomRow = z.infer<typeof ZRoomRow>;

/** One row of a building/room register import (CSV columns in this order). */
export const ZRegisterRow = z.object({
  building: z.string().trim().min(1).max(20),
  unit: z.string().trim().min(1).max(20),
  room: z.string().trim().min(1).max(20),
  floor: z.coerce.number().int().min(-10).max(200),
  areaM2: z.coerce.number().positive().max(100_000),
  type: ZRoomType.default('residence'),
});

export const ZImportReport = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type ImportReport = z.infer<typeof ZImportReport>;

/** The community hierarchy: browsing it, finding one's room, the scoped room register and its CSV import. */
export const placesContract = defineContract('places', {
  children: {
    summary: '下级节点列表（工作人员限管辖范围；居民仅小区及以下）',
    input: z.object({ parentId: ZId.nullable() }).strict(),
    output: z.object({ parent: ZPlaceView.nullable(), items: z.array(ZPlaceView) }),
    roles: [...RESIDENT_ROLES, ...ALL_STAFF],
  },
  searchCompounds: {
    summary: '按名称查找小区（居民绑定房屋时选择）',
    input: z.object({ q: z.string().trim().max(30).default('') }).strict(),
    output: z.object({ items: z.array(ZPlaceView) }),
    roles: [...RESIDENT_ROLES, ...ALL_STAFF],
  },
  rooms: {
    summary: '管辖范围内的房屋列表，可搜索、分页',
    input: ZPageQuery.extend({ within: ZId.optional(), q: z.string().trim().max(30).optional() }).strict(),
    output: pageOf(ZRoomRow),
    roles: [...MANAGERS, 'grid'],
  },
  importRegister: {
    summary: '导入楼栋/单元/房屋（CSV 分批提交，逐行校验；dryRun 只校验不写入）',
    input: z
      .object({
        compoundId: ZId,
        /** CSV text: a header line then at most 500 rows, 256 KB at most per batch. */
        csv: z
          .string()
          .min(1)
          .max(256 * 1024),
        firstLine: z.number().int().min(1).default(1),
        dryRun: z.boolean().default(false),
      })
      .strict(),
    output: ZImportReport,
    roles: MANAGERS,
  },
});
