import { useCallback, useEffect, useRef, useState } from 'react';
import { type Failure, failureOf } from '../../services/call-errors';

/** One door's button: idle, waiting for the controller, opened (when, as the server confirmed), or why not. */
export type DoorOpenState =
  | { status: 'idle' }
  | { status: 'opening' }
  | { status: 'opened'; openedAt: string }
  | { status: 'failed'; failure: Failure };

const IDLE: DoorOpenState = { status: 'idle' };

/**
 * Opening doors with `open` (door.open for residents, visitor.open for a pass): one state per door, and a second tap
 * on a door that is still opening does nothing. The guard is a ref, not the state: two taps can land before React
 * renders "开门中…", and each would otherwise send a command to the controller.
 */
export function useDoorOpener(open: (doorId: string) => Promise<{ openedAt: string }>) {
  const [states, setStates] = useState<Record<string, DoorOpenState>>({});
  const opening = useRef(new Set<string>());
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const settle = useCallback((doorId: string, state: DoorOpenState) => {
    opening.current.delete(doorId);
    if (isMounted.current) setStates((current) => ({ ...current, [doorId]: state }));
  }, []);

  const openDoor = useCallback(
    async (doorId: string) => {
      if (opening.current.has(doorId)) return;
      opening.current.add(doorId);
      setStates((current) => ({ ...current, [doorId]: { status: 'opening' } }));
      try {
        const { openedAt } = await open(doorId);
        settle(doorId, { status: 'opened', openedAt });
      } catch (error) {
        settle(doorId, { status: 'failed', failure: failureOf(error) });
      }
    },
    [open, settle],
  );

  const stateOf = useCallback((doorId: string): DoorOpenState => states[doorId] ?? IDLE, [states]);

  return { stateOf, openDoor };
}
