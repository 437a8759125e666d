import path from 'node:path';
import simulate from 'miniprogram-simulate';

/**
 * Runs the real weapp build (dist-weapp) inside miniprogram-simulate: WeChat's exparser + the official wcc
 * template compiler over jsdom. We provide what the WeChat runtime would: App/Page/getApp and a stub `wx.cloud`.
 */
export const DIST_WEAPP = path.resolve(__dirname, '../../dist-weapp');

type Handler = (this: unknown, ...args: unknown[]) => unknown;
type Options = Record<string, unknown>;

export interface CloudCall {
  name: string;
  data: { action: string; data?: unknown; token?: string };
}

/** What the stubbed `wx.cloud` saw, in order, and how it answers the next calls. */
export interface CloudStub {
  log: Array<{ kind: 'init'; options: unknown } | { kind: 'call'; call: CloudCall }>;
  answer: (call: CloudCall) => Promise<{ result: unknown }>;
}

interface WeappGlobals {
  wx: Record<string, unknown>;
  App: (options: Options) => void;
  Page: (options: Options) => void;
  Component: (definition: Options) => void;
  getApp: () => Options | undefined;
  getCurrentPages: () => unknown[];
}

const weappGlobal = globalThis as unknown as WeappGlobals;

function functionsOf(options: Options): Record<string, Handler> {
  const methods: Record<string, Handler> = {};
  for (const key of Object.getOwnPropertyNames(options)) {
    const value = options[key];
    if (typeof value === 'function') methods[key] = value as Handler;
  }
  return methods;
}

function call(target: Options, name: string, ...args: unknown[]): void {
  const fn = target[name];
  if (typeof fn === 'function') fn.apply(target, args);
}

/**
 * Loads app.js (which pulls in runtime.js, taro.js, vendors.js, common.js) and launches the app once. `wxOverrides`
 * replace WeChat APIs for this run (e.g. `getAppBaseInfo` reporting a large font).
 */
export function bootApp(cloud: CloudStub, wxOverrides: Record<string, unknown> = {}): void {
  let app: Options | undefined;
  Object.assign(weappGlobal.wx, wxOverrides);
  weappGlobal.wx.cloud = {
    init: (options: unknown) => {
      cloud.log.push({ kind: 'init', options });
    },
    callFunction: (params: CloudCall) => {
      cloud.log.push({ kind: 'call', call: params });
      return cloud.answer(params);
    },
  };
  weappGlobal.App = (options) => {
    app = options;
  };
  weappGlobal.getApp = () => app;
  weappGlobal.getCurrentPages = () => [];
  // A Taro page is a Page(); simulate renders Components, so hand the page's handlers over as methods.
  weappGlobal.Page = (options) => weappGlobal.Component({ data: options.data, methods: functionsOf(options) });

  require(path.join(DIST_WEAPP, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launch = { path: 'pages/home/index', query: {}, scene: 1001 };
  call(app, 'onLaunch', launch);
  call(app, 'onShow', launch);
}

export interface OpenPage {
  component: ReturnType<typeof simulate.render>;
  text: () => string;
  close: () => void;
}

/**
 * Renders one page of the build and runs its load/show/ready lifecycles, as WeChat does on navigation (`query` is
 * what the page's URL carried, e.g. a share card's `?token=`). Open each
 * route once per test file: webpack caches the page module, so its Page() call does not run a second time.
 */
export function openPage(route: string, query: Record<string, string> = {}): OpenPage {
  const id = simulate.load(path.join(DIST_WEAPP, route), { rootPath: DIST_WEAPP });
  const component = simulate.render(id);
  component.attach(document.createElement('parent-wrapper'));
  const page = component.instance as unknown as Options;
  page.route = route;
  call(page, 'onLoad', query);
  call(page, 'onShow');
  call(page, 'onReady');
  return {
    component,
    text: () => component.dom?.textContent ?? '',
    close: () => {
      call(page, 'onUnload');
      component.detach();
    },
  };
}

/** Waits until the rendered page satisfies `check` (rendering follows async setData), or fails after `ms`. */
export async function waitUntil(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the page to render');
    await simulate.sleep(10);
  }
}
