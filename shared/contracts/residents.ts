import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { ZResidentRow } from '../domain/people';
import { MANAGERS } from '../roles';
import { defineContract } from './define-contract';

/** The resident register as staff see it: masked by default; every full ID reveal is written to an access log. */
export const residentsContract = defineContract('residents', {
  list: {
    summary: '管辖范围内的居民，可按姓名/手机号搜索、分页',
    input: ZPageQuery.extend({ within: ZId.optional(), q: z.string().trim().max(30).optional() }).strict(),
    output: pageOf(ZResidentRow),
    roles: [...MANAGERS, 'grid'],
  },
  revealIdNumber: {
    summary: '查看完整身份证号（须填写事由，记入访问日志）',
    input: z.object({ residentId: ZId, reason: z.string().trim().min(2).max(100) }).strict(),
    output: z.object({ idNumber: z.string() }),
    roles: MANAGERS,
  },
});
