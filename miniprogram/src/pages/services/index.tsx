import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { tappable } from '../../components/a11y';
import { ComingSoon } from '../../components/coming-soon';
import { Page } from '../../components/page';
import { ROUTES } from '../../services/routes';

const SERVICES = [
  { key: 'door', label: '一键开门', note: '小区大门与单元门', url: ROUTES.door },
  { key: 'visitor-create', label: '访客通行证', note: '给亲友、快递外卖发通行证', url: ROUTES.visitorCreate },
  { key: 'visitor-list', label: '我发出的通行证', note: '使用记录、再次分享、作废', url: ROUTES.visitorList },
  { key: 'repair-submit', label: '报事报修', note: '水电门窗、电梯、公共设施', url: ROUTES.repairSubmit },
  { key: 'repair-list', label: '我家的报修', note: '处理进度、确认完成与评价', url: ROUTES.repairList },
] as const;

const COMING = ['物业缴费', '社区公告与议事投票'];

/** 服务: what works today, each one tap away; what is still to come, said plainly with nothing to tap. */
export default function ServicesPage() {
  return (
    <Page title="社区服务">
      <View className="list" id="service-list">
        {SERVICES.map((service) => (
          <View
            key={service.key}
            className="list-item"
            data-testid={`service-${service.key}`}
            onClick={() => void Taro.navigateTo({ url: service.url })}
            {...tappable('link')}
          >
            <View>
              <Text className="list-item__text">{service.label}</Text>
              <Text className="list-item__meta">{service.note}</Text>
            </View>
            <Text className="list-item__chevron" aria-hidden="true">
              ›
            </Text>
          </View>
        ))}
      </View>
      <ComingSoon features={COMING} />
    </Page>
  );
}
