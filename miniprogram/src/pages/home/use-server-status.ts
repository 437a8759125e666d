import { CallError } from '@linli/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../services/call';

export type PingState =
  | { status: 'loading' }
  | { status: 'ok'; serverTime: string }
  | { status: 'error'; message: string };

export type VersionState = { status: 'loading' } | { status: 'ok'; version: string } | { status: 'error' };

/** A resident should see the server's own Chinese message; anything else gets a plain fallback. */
function messageOf(error: unknown): string {
  return error instanceof CallError ? error.message : '服务暂时不可用，请稍后再试';
}

/** Asks the `system` function whether the service is reachable, and which version answers. */
export function useServerStatus() {
  const [ping, setPing] = useState<PingState>({ status: 'loading' });
  const [version, setVersion] = useState<VersionState>({ status: 'loading' });
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const check = useCallback(async () => {
    setPing({ status: 'loading' });
    setVersion((current) => (current.status === 'ok' ? current : { status: 'loading' }));
    const [pingResult, versionResult] = await Promise.allSettled([
      call('system', 'ping', {}),
      call('system', 'version', {}),
    ]);
    if (!isMounted.current) return;
    setPing(
      pingResult.status === 'fulfilled'
        ? { status: 'ok', serverTime: pingResult.value.serverTime }
        : { status: 'error', message: messageOf(pingResult.reason) },
    );
    setVersion(
      versionResult.status === 'fulfilled'
        ? { status: 'ok', version: versionResult.value.version }
        : { status: 'error' },
    );
  }, []);

  return { ping, version, check };
}
