import { systemContract } from '@linli/shared';
import { createProcessRuntime } from '../core/compose';
import { defineHandler } from '../core/handler/define-handler';
import { getVersion } from '../core/use-cases/system/get-version';
import { ping } from '../core/use-cases/system/ping';
import { recordHeartbeat } from '../core/use-cases/system/record-heartbeat';

export const main = defineHandler(
  systemContract,
  { ping, version: getVersion },
  { timers: { heartbeat: recordHeartbeat }, ...createProcessRuntime() },
);
