import { useCallback, useSyncExternalStore } from 'react';
import { careModeStore } from './care-mode-store';

/** Care mode for a component: whether it is on, and the switch. Every page shares one setting. */
export function useCareMode(): { isCareMode: boolean; setCareMode: (isOn: boolean) => void } {
  const isCareMode = useSyncExternalStore(careModeStore.subscribe, careModeStore.isOn, careModeStore.isOn);
  const setCareMode = useCallback((isOn: boolean) => careModeStore.set(isOn), []);
  return { isCareMode, setCareMode };
}
