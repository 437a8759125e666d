import { Text, View } from '@tarojs/components';

/** Features not built yet: said plainly, with nothing to tap that does nothing. */
export function ComingSoon({ features }: { features: readonly string[] }) {
  return (
    <View className="card coming-soon">
      <Text className="coming-soon__note">以下功能即将上线，敬请期待：</Text>
      {features.map((feature) => (
        <Text key={feature} className="coming-soon__item">
          · {feature}
        </Text>
      ))}
    </View>
  );
}
