import type { PlaceView } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { FormField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { placesCall } from '../../../features/binding/places-call';
import { ROUTES, withQuery } from '../../../services/routes';
import { PlaceList } from '../place-list';
import { usePlaces } from '../use-places';

/** 绑定房屋, step 1: find the compound by name (the first ones are listed before any search). */
export default function BindSearchPage() {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const load = useCallback((q: string) => placesCall('places', 'searchCompounds', { q }), []);
  const { state, run } = usePlaces(load);

  const search = () => {
    const q = query.trim();
    setSearched(q);
    void run(q);
  };

  useLoad(() => {
    void run('');
  });

  const pick = (place: PlaceView) => void Taro.navigateTo({ url: withQuery(ROUTES.bindPick, { parentId: place._id }) });

  return (
    <Page title="绑定房屋" intro="第一步：选择您所在的小区">
      <FormField
        name="compound-search"
        label="小区名称"
        value={query}
        onChange={setQuery}
        onConfirm={search}
        placeholder="例如：阳光花园"
        maxLength={30}
      />
      <ActionButton variant="primary" testId="search-compounds" onClick={search}>
        搜索小区
      </ActionButton>
      <View className="bind__results" id="compound-results" data-state={state.status}>
        {state.status === 'loading' && <Text className="muted">正在查找…</Text>}
        {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={search} />}
        {state.status === 'ok' && state.items.length === 0 && (
          <Text className="muted">
            {searched ? `没有找到名称以“${searched}”开头的小区，请检查名称或咨询物业。` : '暂无可绑定的小区。'}
          </Text>
        )}
        {state.status === 'ok' && state.items.length > 0 && (
          <View>
            <Text className="section-title">{searched ? '搜索结果' : '小区列表'}</Text>
            <PlaceList items={state.items} onPick={pick} />
          </View>
        )}
      </View>
    </Page>
  );
}
