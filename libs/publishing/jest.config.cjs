module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'publishing',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
