import { MEMBERSHIP_ROLE_LABELS, type MembershipView } from '@linli/shared';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { call } from '../../services/call';
import { type Failure, failureOf } from '../../services/call-errors';
import { confirmAction, showDone } from '../../services/dialogs';
import { withQuery } from '../../services/routes';

/**
 * What a resident can do with one of their memberships. Each action reports its outcome through `failure` and
 * refreshes the room list through `onChanged`. Owner pages (invite, household) act for the current room on the
 * server, so a non-current room is made current first, with the resident's consent.
 */
export function useRoomActions(onChanged: () => Promise<void>) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const run = useCallback(async (membership: MembershipView, action: () => Promise<void>) => {
    setBusyId(membership._id);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusyId(null);
    }
  }, []);

  const switchTo = useCallback(
    (membership: MembershipView) =>
      run(membership, async () => {
        await call('membership', 'switchRoom', { roomId: membership.roomId });
        showDone('已切换');
        await onChanged();
      }),
    [run, onChanged],
  );

  const cancel = useCallback(
    async (membership: MembershipView) => {
      const isConfirmed = await confirmAction({
        title: '撤回申请',
        content: `确定撤回「${membership.roomLabel}」的绑定申请吗？`,
        confirmText: '撤回',
      });
      if (!isConfirmed) return;
      await run(membership, async () => {
        await call('membership', 'cancel', { membershipId: membership._id });
        showDone('已撤回');
        await onChanged();
      });
    },
    [run, onChanged],
  );

  const openOwnerPage = useCallback(
    async (membership: MembershipView, route: string) => {
      const url = withQuery(route, { roomId: membership.roomId, label: membership.roomLabel });
      if (!membership.isCurrent) {
        const isConfirmed = await confirmAction({
          title: '切换当前房屋',
          content: `需先将「${membership.roomLabel}」（${MEMBERSHIP_ROLE_LABELS[membership.role]}）设为当前房屋，是否继续？`,
          confirmText: '切换',
        });
        if (!isConfirmed) return;
        let isSwitched = false;
        await run(membership, async () => {
          await call('membership', 'switchRoom', { roomId: membership.roomId });
          isSwitched = true;
          await onChanged();
        });
        if (!isSwitched) return;
      }
      await Taro.navigateTo({ url });
    },
    [run, onChanged],
  );

  return { busyId, failure, switchTo, cancel, openOwnerPage };
}
