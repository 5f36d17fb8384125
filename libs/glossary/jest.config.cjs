module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'glossary',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
