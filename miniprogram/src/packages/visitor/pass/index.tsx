import type { OutputOf, visitorContract } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { useLoad, useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { roleOf } from '../../../components/a11y';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { DoorButton } from '../../../features/door/door-button';
import { type DoorOpenState, useDoorOpener } from '../../../features/door/use-door-opener';
import { formatPassWindow, PASS_KIND_LABELS, PASS_STATE_LABELS } from '../../../features/visitor/pass-labels';
import { visitorGuestCall } from '../../../features/visitor/visitor-call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { queryValue } from '../../../services/routes';
import { PassStateBadge } from '../pass-state-badge';
import '../visitor.less';

type PassInfo = OutputOf<typeof visitorContract, 'info'>;
type InfoState = { status: 'loading' } | { status: 'ok'; info: PassInfo } | { status: 'error'; failure: Failure };

const BROKEN_LINK: Failure = { code: 'LOCAL', message: '通行证链接不完整，请向邀请人重新索取', issues: [] };

/** What the visitor can still do when the pass does not open doors now. */
const NEXT_STEP: Record<Exclude<PassInfo['state'], 'valid'>, string> = {
  not_yet: '请在生效时间后再来开门。',
  expired: '如仍需进入，请联系邀请人重新发送通行证。',
  used_up: '如仍需进入，请联系邀请人重新发送通行证。',
  revoked: '如有疑问，请联系邀请人。',
};

/** A link that is broken or names no pass stays so; only a failure to reach the service is worth another try. */
const RETRYABLE: readonly Failure['code'][] = ['UNAVAILABLE', 'INTERNAL', 'RATE.LIMITED'];
const isWorthRetrying = (failure: Failure): boolean => RETRYABLE.includes(failure.code);

/**
 * Doors are listed while the pass works or is about to, and after a door was tried here (a single-use pass is used
 * up by its one opening, and the visitor still needs to see "已开门").
 */
function showsDoors(info: PassInfo, stateOf: (doorId: string) => DoorOpenState): boolean {
  if (info.state === 'valid' || info.state === 'not_yet') return true;
  return info.doors.some((door) => stateOf(door.doorId).status !== 'idle');
}

/**
 * The visitor's page, opened from a share card (`?token=`) or, in a browser, from `/v/<token>`: no account, no
 * binding. It says whose pass it is (masked), when it works and why not, and opens its doors one tap each. Calls go
 * without any stored session: the token is the visitor's credential.
 */
export default function VisitorPassPage() {
  const token = queryValue(useRouter().params, 'token');
  const [state, setState] = useState<InfoState>({ status: 'loading' });

  const load = useCallback(async () => {
    if (!token) {
      setState({ status: 'error', failure: BROKEN_LINK });
      return;
    }
    try {
      setState({ status: 'ok', info: await visitorGuestCall('visitor', 'info', { token }) });
    } catch (error) {
      setState({ status: 'error', failure: failureOf(error) });
    }
  }, [token]);

  useLoad(() => {
    void load();
  });

  const open = useCallback(
    async (doorId: string) => {
      try {
        const opened = await visitorGuestCall('visitor', 'open', { token, doorId });
        setState((current) =>
          current.status === 'ok' ? { status: 'ok', info: { ...current.info, usesLeft: opened.usesLeft } } : current,
        );
        if (opened.usesLeft <= 0) void load();
        return opened;
      } catch (error) {
        // The pass may have just expired, been used up or revoked: show where it stands now.
        if (failureOf(error).code.startsWith('PASS.')) void load();
        throw error;
      }
    },
    [token, load],
  );
  const opener = useDoorOpener(open);

  return (
    <Page title="访客通行证" className="visitor-pass">
      {state.status === 'loading' && <Text className="muted">正在读取通行证…</Text>}
      {state.status === 'error' && (
        <ErrorNotice
          id="pass-error"
          failure={state.failure}
          onRetry={isWorthRetrying(state.failure) ? load : undefined}
        />
      )}
      {state.status === 'ok' && (
        <View id="visitor-pass" data-state={state.info.state}>
          <View className="card">
            <Text className="card__title">
              {state.info.hostName} 邀请您来访
              <PassStateBadge state={state.info.state} />
            </Text>
            <Text className="card__detail">
              {PASS_KIND_LABELS[state.info.kind]}：{state.info.visitorName}
            </Text>
            <Text className="card__detail" id="pass-window">
              有效时间：{formatPassWindow(state.info.validFrom, state.info.validUntil)}（北京时间）
            </Text>
            <Text className="card__detail" id="pass-uses-left">
              剩余次数：{state.info.usesLeft} / {state.info.maxUses}
            </Text>
          </View>
          {state.info.state !== 'valid' && (
            <View className="notice notice--error" id="pass-unusable" {...roleOf('alert')}>
              <Text className="notice__text">
                {state.info.reason ?? PASS_STATE_LABELS[state.info.state]}。{NEXT_STEP[state.info.state]}
              </Text>
            </View>
          )}
          {showsDoors(state.info, opener.stateOf) && (
            <View {...roleOf('list', { 'aria-label': '可以开的门' })}>
              {state.info.doors.map((door) => (
                <View key={door.doorId} {...roleOf('listitem')}>
                  <DoorButton
                    doorId={door.doorId}
                    name={door.name}
                    state={opener.stateOf(door.doorId)}
                    isDisabled={state.info.state !== 'valid'}
                    onOpen={() => void opener.openDoor(door.doorId)}
                  />
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </Page>
  );
}
