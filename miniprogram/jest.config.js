/**
 * Component tests for the mini-program's React code, in jsdom. Taro components render as their h5 web components
 * (@tarojs/components/lib/react); @tarojs/taro is a small stub (test/taro-stub.ts). The weapp build itself is
 * tested by jest.weapp.config.js.
 */
const transform = {
  '^.+\\.(t|j)sx?$|\\.mjs$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
      },
    },
  ],
};

module.exports = {
  displayName: 'miniprogram',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testPathIgnorePatterns: ['/node_modules/', '/dist-'],
  transform,
  // Taro's component library ships ES modules, and so do some of its dependencies (swiper, …): swc compiles them
  // too. React and the testing libraries are CommonJS already.
  transformIgnorePatterns: ['/node_modules/(react|react-dom|scheduler|@testing-library|jsdom|zod)/'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/taro-stub.ts',
    '\\.(css|less)$': '<rootDir>/test/style-stub.js',
  },
  // Build-time constants Taro's runtime expects webpack to define (values as in an h5 build).
  globals: {
    LINLI_CLOUD_ENV: '',
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    SUPPORT_DINGTALK_NAVIGATE: 'disabled',
    SUPPORT_TARO_POLYFILL: 'disabled',
  },
};
