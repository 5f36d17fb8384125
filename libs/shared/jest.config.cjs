module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'shared',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
