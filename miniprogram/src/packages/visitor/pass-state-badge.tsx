import { Text } from '@tarojs/components';
import { PASS_STATE_LABELS, type PassState } from '../../features/visitor/pass-labels';

/** 可使用 / 未生效 / 已过期 / 已用完 / 已作废; `data-state` is the stable hook for tests. */
export function PassStateBadge({ state }: { state: PassState }) {
  return (
    <Text className={`badge pass-badge--${state}`} data-state={state}>
      {PASS_STATE_LABELS[state]}
    </Text>
  );
}
