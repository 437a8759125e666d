import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { useState } from 'react';
import { roleOf, tappable } from '../../../components/a11y';
import { Page } from '../../../components/page';
import { TAB_ROUTES } from '../../../services/routes';
import { saveSessionToken } from '../../../services/session';
import { type DemoResident, DevLoginUnavailable, listDemoResidents, signInAs } from './dev-accounts';

type ListState =
  | { status: 'loading' }
  | { status: 'ok'; residents: DemoResident[] }
  | { status: 'unavailable' }
  | { status: 'error'; message: string };

/**
 * 选择演示账号 (browser build only): in the local stack a resident in the browser has no WeChat identity, so they pick
 * one of the seeded demo residents and get a dev session. Production answers no such endpoints: the page says so.
 */
export default function DevLoginPage() {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [busyOpenid, setBusyOpenid] = useState<string | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  useLoad(() => {
    listDemoResidents()
      .then((residents) => setState({ status: 'ok', residents }))
      .catch((error: unknown) =>
        setState(
          error instanceof DevLoginUnavailable ? { status: 'unavailable' } : { status: 'error', message: '读取失败' },
        ),
      );
  });

  const choose = async (resident: DemoResident) => {
    setBusyOpenid(resident.openid);
    setSignInError(null);
    try {
      saveSessionToken(await signInAs(resident.openid));
    } catch {
      setSignInError('登录失败，请确认本地演示环境正在运行');
      setBusyOpenid(null);
      return;
    }
    // Back to where the resident came from (it reloads on show); opened directly, start at 首页.
    if (Taro.getCurrentPages().length > 1) await Taro.navigateBack();
    else await Taro.reLaunch({ url: TAB_ROUTES.home });
  };

  return (
    <Page title="选择演示账号" intro="本地演示环境中没有微信，请以一位演示居民的身份进入。">
      <View id="dev-accounts" data-state={state.status}>
        {state.status === 'loading' && <Text className="muted">正在读取演示账号…</Text>}
        {state.status === 'unavailable' && (
          <View className="notice" {...roleOf('status')}>
            <Text className="notice__text">仅本地演示环境可用</Text>
          </View>
        )}
        {state.status === 'error' && <Text className="notice notice--error">{state.message}</Text>}
        {signInError && (
          <View className="notice notice--error" {...roleOf('alert')}>
            <Text className="notice__text">{signInError}</Text>
          </View>
        )}
        {state.status === 'ok' &&
          state.residents.map((resident) => (
            <View
              key={resident.openid}
              className="list-item"
              data-testid={`dev-account-${resident.openid}`}
              aria-busy={busyOpenid === resident.openid ? 'true' : 'false'}
              onClick={() => void choose(resident)}
              {...tappable('button')}
            >
              <View>
                <Text className="list-item__text">{resident.name}</Text>
                {resident.note && <Text className="list-item__meta">{resident.note}</Text>}
              </View>
              <Text className="list-item__chevron" aria-hidden="true">
                ›
              </Text>
            </View>
          ))}
      </View>
    </Page>
  );
}
