/**
 * The main package holds the three tabs and 一键开门 (every resident downloads it before the first screen, and the
 * door must open without waiting for a subpackage); each other feature is a subpackage fetched when first opened.
 * The demo-account page exists only in the browser build: WeChat supplies the resident's identity itself, so the
 * weapp never ships it.
 */
// biome-ignore lint/style/noProcessEnv: app.config is read at build time, when the build type is all there is to know
const isH5 = process.env.TARO_ENV === 'h5';

const subPackages = [
  {
    root: 'packages/room',
    pages: [
      'bind/index',
      'pick/index',
      'apply/index',
      'result/index',
      'household/index',
      'invite/index',
      'accept-invite/index',
    ],
  },
  { root: 'packages/me', pages: ['settings/index'] },
  // pass/index is the visitor's page (share cards point at it; the h5 build also answers /v/<token>, config/index.ts).
  { root: 'packages/visitor', pages: ['create/index', 'list/index', 'pass/index'] },
  { root: 'packages/repair', pages: ['submit/index', 'list/index', 'detail/index'] },
  ...(isH5 ? [{ root: 'packages/dev', pages: ['login/index'] }] : []),
];

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/services/index', 'pages/me/index', 'pages/door/index'],
  subPackages,
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#0a6b3d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/services/index', text: '服务' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
