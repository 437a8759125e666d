import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/** Each build type gets its own folder: project.config.json points at dist-weapp, the local cloud serves dist-h5. */
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5' : `dist-${process.env.TARO_ENV ?? 'weapp'}`;

/**
 * @linli/shared is TypeScript source reached through a workspace symlink (webpack resolves it to the real path,
 * outside node_modules), so Taro's babel rule must be told to take it.
 */
const sharedSource = path.resolve(__dirname, '../../shared');
const isSharedSource = (file: string) => file.startsWith(sharedSource + path.sep);

/**
 * zod 4 and uqr (the QR encoder) ship ES2020 (`?.`, `??`, class fields): older WeChat JS engines need them
 * transpiled like our own code.
 */
const isModernDependency = (file: string) => /node_modules[\\/](zod|uqr)[\\/]/.test(file);

/**
 * Browser paths that are not a page path. A visitor link is `/v/<token>` (short, and what the QR code holds); it
 * opens the same page a WeChat share card does, and Taro's router hands `:token` to the page as `params.token`,
 * exactly like `?token=`. The page's own path is listed first so navigating to it in the app still uses it.
 */
const customRoutes = {
  '/packages/visitor/pass/index': ['/packages/visitor/pass/index', '/v/:token'],
};

/**
 * npm keeps @tarojs/plugin-framework-react under miniprogram/node_modules (a peer conflict blocks hoisting), where
 * @tarojs/taro-h5 in the root node_modules cannot see it; point webpack at the copy this workspace resolves.
 */
const frameworkReact = path.dirname(createRequire(__filename).resolve('@tarojs/plugin-framework-react/package.json'));

/** CloudBase environment id for `Taro.cloud.init`; empty lets WeChat use the project's default environment. */
const cloudEnv = process.env.LINLI_CLOUD_ENV ?? '';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli-miniprogram',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: { LINLI_CLOUD_ENV: JSON.stringify(cloudEnv) },
    copy: { patterns: [], options: {} },
    alias: { '@tarojs/plugin-framework-react': frameworkReact },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's terser default escapes every non-ASCII character, so each Chinese character of UI text cost 6 bytes
    // (`\u4e1a`) instead of its 3 UTF-8 bytes; WeChat reads code files as UTF-8. Terser still escapes lone
    // surrogates (zod's Han-script regex), so the output stays valid UTF-8.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      compile: { include: [isSharedSource, isModernDependency] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain, webpack) {
        // zod keeps two singletons on `globalThis`, which some WeChat engines lack; give it a holder object instead.
        chain
          .plugin('linli-global-this')
          .use(webpack.ProvidePlugin, [
            { globalThis: [path.resolve(__dirname, '../src/platform/global-this.ts'), 'default'] },
          ]);
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser', customRoutes },
      compile: { include: [isSharedSource] },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
