import type { notifyContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { residentOf } from '../membership/caller-resident';

/** `notify.answer`: what the resident answered WeChat's subscribe dialog; each accept allows one message. */
export async function recordSubscribeAnswers(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof notifyContract, 'answer'>,
): Promise<OutputOf<typeof notifyContract, 'answer'>> {
  const { openid } = residentOf(caller);
  await deps.notifier.recordAnswers(openid, input.answers);
  const allowance = await deps.notifier.allowance(openid);
  return {
    allowance: Object.fromEntries(Object.keys(input.answers).map((topic) => [topic, allowance[topic] ?? 0])),
  };
}
