import { Text, View } from '@tarojs/components';
import { Page } from './page';

interface Props {
  title: string;
  features: string[];
}

/** A tab whose features are not built yet: says so plainly, with nothing to tap that does nothing. */
export function ComingSoon({ title, features }: Props) {
  return (
    <Page title={title}>
      <View className="card coming-soon">
        <Text className="coming-soon__note">以下功能即将上线，敬请期待：</Text>
        {features.map((feature) => (
          <Text key={feature} className="coming-soon__item">
            · {feature}
          </Text>
        ))}
      </View>
    </Page>
  );
}
