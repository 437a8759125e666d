import { useEffect } from 'react';

/**
 * The slice of @tarojs/taro that component tests need. Page lifecycles run once after the first render, as
 * `useLoad` does on a real page; storage is an in-memory map so a test can plant a session token. `taroStub` lets a
 * test set the page's query, WeChat's font setting and the answer to confirm dialogs, and see where the page went.
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

interface RequestOptions {
  url: string;
  method?: string;
  data?: unknown;
}

interface ShareContent {
  title?: string;
  path?: string;
}

const storage = new Map<string, unknown>();

export const taroStub = {
  /** What the app wrote with setStorageSync. */
  storage,
  /** The current page's query (`useRouter().params`). */
  params: {} as Record<string, string>,
  /** What `getAppBaseInfo().fontSizeSetting` reports; undefined like the browser. */
  fontSizeSetting: undefined as number | undefined,
  /** The button the resident presses in the next `showModal`. */
  confirms: true,
  /** How many pages are open (`getCurrentPages().length`). */
  pageDepth: 1,
  /** The item the resident taps in the next action sheet; null closes it. */
  actionSheetTap: null as number | null,
  /** Every navigation, as `<api> <url>`. */
  navigations: [] as string[],
  modals: [] as { title?: string; content?: string }[],
  /** Answers `Taro.request` (the browser's HTTP); by default there is no server. */
  respond: null as ((options: RequestOptions) => { statusCode: number; data: unknown }) | null,
  /** The page's share handler, as WeChat would call it. */
  share: null as (() => ShareContent) | null,
  /** Every `previewImage` (the full-screen photo viewer). */
  previews: [] as { current?: string; urls: string[] }[],
  /** Template ids each `requestSubscribeMessage` asked for. */
  subscribeRequests: [] as string[][],
  /** WeChat's answer per template id to the next subscribe dialog; null: the dialog fails (closed, switched off). */
  subscribeAnswers: null as Record<string, string> | null,
  reset(): void {
    storage.clear();
    this.params = {};
    this.fontSizeSetting = undefined;
    this.confirms = true;
    this.actionSheetTap = null;
    this.pageDepth = 1;
    this.navigations = [];
    this.modals = [];
    this.share = null;
    this.respond = null;
    this.previews = [];
    this.subscribeRequests = [];
    this.subscribeAnswers = null;
  },
};

export function useRouter(): { params: Record<string, string> } {
  return { params: taroStub.params };
}

export function useShareAppMessage(handler: () => ShareContent): void {
  taroStub.share = handler;
}

const navigate =
  (api: string) =>
  async ({ url }: { url: string }): Promise<void> => {
    taroStub.navigations.push(`${api} ${url}`);
  };

const Taro = {
  getStorageSync: (key: string): unknown => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown): void => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string): void => {
    storage.delete(key);
  },
  clearStorageSync: (): void => storage.clear(),
  getAppBaseInfo: () =>
    taroStub.fontSizeSetting === undefined
      ? { language: 'zh_CN' }
      : { language: 'zh_CN', fontSizeSetting: taroStub.fontSizeSetting },
  navigateTo: navigate('navigateTo'),
  redirectTo: navigate('redirectTo'),
  switchTab: navigate('switchTab'),
  reLaunch: navigate('reLaunch'),
  navigateBack: async (): Promise<void> => {
    taroStub.navigations.push('navigateBack');
  },
  getCurrentPages: (): unknown[] => Array.from({ length: taroStub.pageDepth }, () => ({})),
  showModal: async (options: { title?: string; content?: string }) => {
    taroStub.modals.push({ title: options.title, content: options.content });
    return { confirm: taroStub.confirms, cancel: !taroStub.confirms };
  },
  showToast: async (): Promise<void> => {},
  showActionSheet: async (): Promise<{ tapIndex: number }> => {
    if (taroStub.actionSheetTap === null) throw new Error('showActionSheet:fail cancel');
    return { tapIndex: taroStub.actionSheetTap };
  },
  setClipboardData: async (): Promise<void> => {},
  previewImage: async (options: { current?: string; urls: string[] }): Promise<void> => {
    taroStub.previews.push({ current: options.current, urls: options.urls });
  },
  requestSubscribeMessage: async (options: { tmplIds: string[] }) => {
    taroStub.subscribeRequests.push(options.tmplIds);
    if (!taroStub.subscribeAnswers) throw new Error('requestSubscribeMessage:fail cancel');
    return { errMsg: 'requestSubscribeMessage:ok', ...taroStub.subscribeAnswers };
  },
  request: async (options: RequestOptions) => {
    if (!taroStub.respond) throw new Error('request:fail no server in component tests');
    return taroStub.respond(options);
  },
  cloud: {
    init: (): void => {},
    callFunction: () => Promise.reject(new Error('cloud is not available in component tests; mock the call module')),
  },
};

export default Taro;
