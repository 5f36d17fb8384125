// The browser journey: the built app (API + web) on a fresh embedded PostgreSQL, driven in Debian chromium.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120000,
};
