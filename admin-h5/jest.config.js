/** Component tests for the staff console: React in jsdom, transformed by swc like every other workspace. */
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
  displayName: 'admin-h5',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Styles mean nothing to jsdom; components import them for the bundler only.
  moduleNameMapper: { '\\.css$': '<rootDir>/test/style-stub.js' },
  transform,
};
