/**
 * Tests of the built weapp (dist-weapp) in miniprogram-simulate. globalSetup builds it first when it is missing
 * or older than its sources, so `npm run test:weapp` always exercises the current code.
 */
module.exports = {
  displayName: 'weapp',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test/weapp'],
  globalSetup: '<rootDir>/scripts/ensure-weapp.ts',
  testTimeout: 20000,
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  // The build is already plain JS for WeChat; compiling it again would only cost time.
  transformIgnorePatterns: ['/node_modules/', '/dist-weapp/'],
};
