import { useEffect } from 'react';

/**
 * The slice of @tarojs/taro that component tests need. Page lifecycles run once after the first render, as
 * `useLoad` does on a real page; storage is an in-memory map so a test can plant a session token.
 */
type Callback = (options: Record<string, string>) => void;

function useOnce(callback: Callback): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a lifecycle hook fires once, like Taro's
  useEffect(() => {
    callback({});
  }, []);
}

export const useLoad = useOnce;
export const useLaunch = useOnce;
export const useReady = useOnce;
export const useDidShow = useOnce;
export function useDidHide(): void {}
export function usePullDownRefresh(): void {}

const storage = new Map<string, unknown>();

const Taro = {
  getStorageSync: (key: string): unknown => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown): void => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string): void => {
    storage.delete(key);
  },
  clearStorageSync: (): void => storage.clear(),
  request: () => Promise.reject(new Error('Taro.request is not available in component tests; mock the call module')),
  cloud: {
    init: (): void => {},
    callFunction: () => Promise.reject(new Error('cloud is not available in component tests; mock the call module')),
  },
};

export default Taro;
