import type { PlaceView } from '@linli/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Failure, failureOf } from '../../services/call-errors';

export type PlacesState =
  | { status: 'loading' }
  | { status: 'ok'; parent: PlaceView | null; items: PlaceView[] }
  | { status: 'error'; failure: Failure };

/** Runs one places query at a time; a slower earlier answer never overwrites a later one. */
export function usePlaces(load: (arg: string) => Promise<{ parent?: PlaceView | null; items: PlaceView[] }>) {
  const [state, setState] = useState<PlacesState>({ status: 'loading' });
  const latest = useRef(0);
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (arg: string) => {
      const ticket = ++latest.current;
      setState({ status: 'loading' });
      try {
        const result = await load(arg);
        if (isMounted.current && ticket === latest.current) {
          setState({ status: 'ok', parent: result.parent ?? null, items: result.items });
        }
      } catch (error) {
        if (isMounted.current && ticket === latest.current) setState({ status: 'error', failure: failureOf(error) });
      }
    },
    [load],
  );

  return { state, run };
}
