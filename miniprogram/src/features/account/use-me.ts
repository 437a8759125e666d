import type { authContract, OutputOf } from '@linli/shared';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../services/call';
import { type Failure, failureOf } from '../../services/call-errors';

type Me = OutputOf<typeof authContract, 'me'>;
export type ResidentMe = Extract<Me, { kind: 'resident' }>;

export type MeState = { status: 'loading' } | { status: 'ok'; me: ResidentMe } | { status: 'error'; failure: Failure };

const STAFF_HERE: Failure = {
  code: 'AUTH.FORBIDDEN',
  message: '当前登录的是工作人员账号，居民端请使用居民账号',
  issues: [],
};

/**
 * Who the resident is and which rooms they hold (`auth.me`), read again each time the page shows so a room
 * approved or switched elsewhere appears on return. `reload` is for after the resident's own actions.
 */
export function useMe(): { state: MeState; reload: () => Promise<void> } {
  const [state, setState] = useState<MeState>({ status: 'loading' });
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    try {
      const me = await call('auth', 'me', {});
      if (!isMounted.current) return;
      setState(me.kind === 'resident' ? { status: 'ok', me } : { status: 'error', failure: STAFF_HERE });
    } catch (error) {
      if (isMounted.current) setState({ status: 'error', failure: failureOf(error) });
    }
  }, []);

  useDidShow(() => {
    void reload();
  });

  return { state, reload };
}
