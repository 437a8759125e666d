/** One jest run over every workspace's unit and handler tests. UI builds are tested by test:weapp and test:e2e. */
const transform = {
  '^.+\\.(t|j)sx?$': [
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
  testTimeout: 20000,
  projects: [
    {
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared'],
      transform,
    },
    {
      displayName: 'cloudfunctions',
      testEnvironment: 'node',
      roots: ['<rootDir>/cloudfunctions'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      transform,
    },
    {
      displayName: 'mock-devices',
      testEnvironment: 'node',
      roots: ['<rootDir>/mock-devices'],
      transform,
    },
    // React component tests of the mini-program (jsdom); its own config maps Taro for jsdom.
    '<rootDir>/miniprogram/jest.config.js',
    // The staff console's component tests run in jsdom; its own config lives beside it.
    '<rootDir>/admin-h5/jest.config.js',
  ],
};
