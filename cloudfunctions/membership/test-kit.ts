import type { membershipContract } from '@linli/shared';
import { type FunctionCloud, startFunctionCloud } from '../harness/function-cloud';
import { main } from './index';

export { codeOf } from '../harness/function-cloud';

export type MembershipCloud = FunctionCloud<typeof membershipContract>;

export function startMembershipCloud(prefix: string): Promise<MembershipCloud> {
  return startFunctionCloud(prefix, main.contract, main);
}
