// The browser journey: the built app (API + web) on its own embedded PostgreSQL, driven in Debian chromium.
// Global setup starts the built app once on an empty data folder; each journey starts on a copy of it.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120000,
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
};
