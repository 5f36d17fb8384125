module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'qa',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
