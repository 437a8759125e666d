import { Text, View } from '@tarojs/components';
import { roleOf } from '../../components/a11y';
import { formatShanghaiTime } from '../../utils/format-shanghai-time';
import type { DoorOpenState } from './use-door-opener';

interface Props {
  doorId: string;
  name: string;
  /** Where the door is (阳光花园 1栋), under its name. */
  detail?: string;
  /** 小区大门 / 单元门. */
  tag?: string;
  state: DoorOpenState;
  /** A pass that cannot open doors now shows its doors without letting them be tapped. */
  isDisabled?: boolean;
  onOpen: () => void;
}

const ACTION_LABELS: Record<DoorOpenState['status'], string> = {
  idle: '点击开门',
  opening: '开门中…',
  opened: '再开一次',
  failed: '重试',
};

/**
 * One door as one large target: its name, where it is, and what tapping does now. The outcome sits under it: when
 * the controller confirmed (Beijing time) or the server's own reason it did not open. e2e reads `#door-<id>` and its
 * `data-state`.
 */
export function DoorButton({ doorId, name, detail, tag, state, isDisabled, onOpen }: Props) {
  const isOpening = state.status === 'opening';
  const isOff = Boolean(isDisabled) || isOpening;
  return (
    <View className={`door door--${state.status}`} id={`door-${doorId}`} data-state={state.status}>
      <View
        className={`door__button${isOff ? ' door__button--off' : ''}`}
        data-testid={`open-${doorId}`}
        onClick={isOff ? undefined : onOpen}
        {...roleOf('button', {
          'aria-busy': isOpening,
          'aria-disabled': isOff,
          tabindex: isOff ? -1 : 0,
        })}
      >
        <View className="door__head">
          <Text className="door__name">{name}</Text>
          {tag && <Text className="door__tag">{tag}</Text>}
        </View>
        {detail && <Text className="door__detail">{detail}</Text>}
        {!isDisabled && <Text className="door__action">{ACTION_LABELS[state.status]}</Text>}
      </View>
      {state.status === 'opened' && (
        <Text className="door__outcome" data-testid={`opened-${doorId}`} {...roleOf('status')}>
          已开门 {formatShanghaiTime(state.openedAt, 'HH:mm:ss')}
        </Text>
      )}
      {state.status === 'failed' && (
        <View className="notice notice--error door__failure" data-code={state.failure.code} {...roleOf('alert')}>
          <Text className="notice__text">{state.failure.message}</Text>
        </View>
      )}
    </View>
  );
}
