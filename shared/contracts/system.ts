import { z } from 'zod';
import { ANYONE } from '../roles';
import { defineContract } from './define-contract';

/** Liveness and build information: the first function, proving the whole path in every build. */
export const systemContract = defineContract('system', {
  ping: {
    summary: '连通性检查：回显并报告服务器时间',
    input: z.object({ echo: z.string().max(64).optional() }).strict(),
    output: z.object({
      pong: z.literal(true),
      echo: z.string().nullable(),
      serverTime: z.iso.datetime(),
      caller: z.enum(['anonymous', 'resident', 'visitor', 'device', 'staff']),
    }),
    roles: ANYONE,
  },
  version: {
    summary: '服务端版本与运行环境',
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      runtime: z.enum(['cloudbase', 'local']),
      store: z.enum(['sqlite', 'cloudbase']),
      builtAt: z.string(),
    }),
    roles: ANYONE,
  },
});
