import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a revealed ID number stays on screen: long enough to read or compare, short enough not to linger. */
export const REVEAL_SECONDS = 30;

export interface RevealedIds {
  /** Full numbers on screen now, by resident id. */
  shown: ReadonlyMap<string, string>;
  show: (residentId: string, idNumber: string) => void;
  hide: (residentId: string) => void;
}

/** Revealed ID numbers, each hidden again after REVEAL_SECONDS (or on 隐藏, or when the page is left). */
export function useRevealedIds(): RevealedIds {
  const [shown, setShown] = useState<ReadonlyMap<string, string>>(() => new Map());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const hide = useCallback((residentId: string) => {
    clearTimeout(timers.current.get(residentId));
    timers.current.delete(residentId);
    setShown((current) => {
      const next = new Map(current);
      next.delete(residentId);
      return next;
    });
  }, []);

  const show = useCallback(
    (residentId: string, idNumber: string) => {
      clearTimeout(timers.current.get(residentId));
      timers.current.set(
        residentId,
        setTimeout(() => hide(residentId), REVEAL_SECONDS * 1000),
      );
      setShown((current) => new Map(current).set(residentId, idNumber));
    },
    [hide],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  return { shown, show, hide };
}
