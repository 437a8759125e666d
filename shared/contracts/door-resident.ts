import { z } from 'zod';
import { ZId } from '../domain/ids';
import { defineContract } from './define-contract';

export const ZDoorView = z.object({
  doorId: ZId,
  name: z.string(),
  /** 小区 gate or a unit door, for grouping and icons. */
  kind: z.enum(['gate', 'unit']),
  placeLabel: z.string(),
  /** How often this resident opened it lately: the page puts the most used first. */
  uses: z.number().int().nonnegative(),
});
export type DoorView = z.infer<typeof ZDoorView>;

/** The door actions residents call, on their own so the mini-program ships none of the staff actions' schemas. */
export const DOOR_RESIDENT_ACTIONS = {
  doors: {
    summary: '我可以开的门（小区大门与本楼单元门），常用的在前',
    input: z.object({}).strict(),
    output: z.object({ doors: z.array(ZDoorView) }),
    roles: ['owner', 'family', 'tenant'],
  },
  open: {
    summary: '一键开门：设备确认后才回答“已开门”',
    input: z.object({ doorId: ZId }).strict(),
    output: z.object({ doorId: ZId, openedAt: z.iso.datetime(), latencyMs: z.number() }),
    roles: ['owner', 'family', 'tenant'],
  },
} as const;

/** The door function as the resident app sees it: same name, only the residents' actions. */
export const doorResidentContract = defineContract('door', DOOR_RESIDENT_ACTIONS);
