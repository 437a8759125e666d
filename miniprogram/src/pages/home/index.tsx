import { Text, View } from '@tarojs/components';
import { useLoad } from '@tarojs/taro';
import { ServerStatusCard } from './server-status-card';
import { useServerStatus } from './use-server-status';
import './index.less';

export default function HomePage() {
  const { ping, version, check } = useServerStatus();

  useLoad(() => {
    void check();
  });

  return (
    <View className="page home">
      <View className="home__header">
        <Text className="home__title">邻里</Text>
        <Text className="home__subtitle">社区生活，一处办理</Text>
      </View>
      <ServerStatusCard ping={ping} version={version} onRetry={() => void check()} />
    </View>
  );
}
