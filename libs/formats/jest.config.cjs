module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'formats',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
