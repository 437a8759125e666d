import { z } from 'zod';

/** CloudBase's timer trigger event (the local cloud's scheduler sends the same shape). */
export const ZTimerEvent = z.object({
  Type: z.literal('Timer'),
  TriggerName: z.string().min(1).max(64),
  Time: z.string().optional(),
  Message: z.string().optional(),
});
export type TimerEvent = z.infer<typeof ZTimerEvent>;
