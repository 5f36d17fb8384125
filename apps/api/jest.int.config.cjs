// Integration and HTTP tests against a real PostgreSQL started for the run (see test/support/global-setup.ts).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-int',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
