module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'tm',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
