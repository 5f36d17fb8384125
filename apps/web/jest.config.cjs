const path = require('node:path');
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: path.join(__dirname, 'src/test/jsdom-environment.cjs'),
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  setupFilesAfterEnv: [path.join(__dirname, 'src/test/setup.ts')],
  moduleNameMapper: {
    '\\.css$': path.join(__dirname, 'src/test/style-stub.cjs'),
    ...preset.moduleNameMapper,
  },
};
