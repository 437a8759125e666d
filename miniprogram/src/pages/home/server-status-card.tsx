import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../components/action-button';
import { formatShanghaiTime } from '../../utils/format-shanghai-time';
import type { PingState, VersionState } from './use-server-status';

interface Props {
  ping: PingState;
  version: VersionState;
  onRetry: () => void;
}

/**
 * The service check, kept small at the bottom of 首页. e2e finds it by the id `ping-status` (and `data-state` in h5)
 * and its retry by `ping-retry`; keep them stable.
 */
export function ServerStatusCard({ ping, version, onRetry }: Props) {
  return (
    <View className={`card status-card status-card--${ping.status}`} id="ping-status" data-state={ping.status}>
      {ping.status === 'loading' && <Text className="status-card__title">正在连接服务…</Text>}
      {ping.status === 'ok' && (
        <View className="status-card__body">
          <Text className="status-card__title">服务连接正常</Text>
          <Text className="status-card__detail">服务器时间（北京时间）：{formatShanghaiTime(ping.serverTime)}</Text>
        </View>
      )}
      {ping.status === 'error' && (
        <View className="status-card__body">
          <Text className="status-card__title">暂时连不上服务</Text>
          <Text className="status-card__detail">{ping.message}</Text>
          <ActionButton id="ping-retry" onClick={onRetry}>
            重试
          </ActionButton>
        </View>
      )}
      <Text className="status-card__version" id="server-version">
        {version.status === 'ok' && `服务版本：${version.version}`}
        {version.status === 'loading' && '服务版本：读取中'}
        {version.status === 'error' && '服务版本：暂时无法获取'}
      </Text>
    </View>
  );
}
