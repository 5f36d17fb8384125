module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'inline-codes',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
