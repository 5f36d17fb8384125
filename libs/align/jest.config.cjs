module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'align',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
