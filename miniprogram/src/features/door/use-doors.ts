import type { doorResidentContract, OutputOf } from '@linli/shared';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../services/call';
import { type Failure, failureOf } from '../../services/call-errors';

export type DoorView = OutputOf<typeof doorResidentContract, 'doors'>['doors'][number];

/**
 * `none`: the resident has no approved current room, so no door is theirs (the server answers AUTH.FORBIDDEN to a
 * caller without an owner/family/tenant role); the page offers binding instead of an error.
 */
export type DoorsState =
  | { status: 'loading' }
  | { status: 'ok'; doors: DoorView[] }
  | { status: 'none' }
  | { status: 'error'; failure: Failure };

/** Most used first; the server already sends them so, but ties keep the server's order either way. */
export function byMostUsed(doors: readonly DoorView[]): DoorView[] {
  return [...doors].sort((a, b) => b.uses - a.uses);
}

/** The doors I may open (`door.doors`), read again whenever the page shows: a room approved meanwhile adds some. */
export function useDoors(): { state: DoorsState; reload: () => Promise<void> } {
  const [state, setState] = useState<DoorsState>({ status: 'loading' });
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    try {
      const { doors } = await call('door', 'doors', {});
      if (isMounted.current) setState({ status: 'ok', doors: byMostUsed(doors) });
    } catch (error) {
      if (!isMounted.current) return;
      const failure = failureOf(error);
      setState(failure.code === 'AUTH.FORBIDDEN' ? { status: 'none' } : { status: 'error', failure });
    }
  }, []);

  useDidShow(() => {
    void reload();
  });

  return { state, reload };
}

export const DOOR_KIND_LABELS: Record<DoorView['kind'], string> = { gate: '小区大门', unit: '单元门' };
