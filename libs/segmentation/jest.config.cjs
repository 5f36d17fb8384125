module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'segmentation',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
