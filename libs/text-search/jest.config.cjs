module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'text-search',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
