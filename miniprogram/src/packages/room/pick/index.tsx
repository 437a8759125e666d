import type { PlaceKind, PlaceView } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { placesCall } from '../../../features/binding/places-call';
import { queryValue, ROUTES, withQuery } from '../../../services/routes';
import { PlaceList } from '../place-list';
import { usePlaces } from '../use-places';

/** What the resident picks below each kind of place. */
const STEP_TITLES: Partial<Record<PlaceKind, string>> = {
  compound: '选择楼栋',
  building: '选择单元',
  unit: '选择房号',
};

/** 绑定房屋, steps 2–4: one level of the compound at a time (楼栋 → 单元 → 房号); a room leads to the form. */
export default function BindPickPage() {
  const parentId = queryValue(useRouter().params, 'parentId');
  const load = useCallback((id: string) => placesCall('places', 'children', { parentId: id }), []);
  const { state, run } = usePlaces(load);

  useLoad(() => {
    void run(parentId);
  });

  const pick = (place: PlaceView) => {
    const url =
      place.kind === 'room'
        ? withQuery(ROUTES.bindApply, { roomId: place._id, label: place.label })
        : withQuery(ROUTES.bindPick, { parentId: place._id });
    void Taro.navigateTo({ url });
  };

  const parent = state.status === 'ok' ? state.parent : null;
  const title = (parent && STEP_TITLES[parent.kind]) ?? '选择房屋';

  return (
    <Page title={title} intro={parent ? `已选：${parent.label}` : undefined}>
      <View id="place-picker" data-state={state.status} data-level={parent?.kind ?? ''}>
        {state.status === 'loading' && <Text className="muted">正在读取…</Text>}
        {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void run(parentId)} />}
        {state.status === 'ok' && state.items.length === 0 && (
          <Text className="muted">这里还没有登记房屋，请咨询物业。</Text>
        )}
        {state.status === 'ok' && <PlaceList items={state.items} onPick={pick} />}
      </View>
    </Page>
  );
}
