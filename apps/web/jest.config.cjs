const path = require('node:path');
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  // jsdom renders of whole pages: `npm test` runs this step beside the browser journeys (two steps at a
  // time), and Jest's 5 s default is too short for them on a busy 2-core machine
  testTimeout: 20000,
  testEnvironment: path.join(__dirname, 'src/test/jsdom-environment.cjs'),
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  setupFilesAfterEnv: [path.join(__dirname, 'src/test/setup.ts')],
  moduleNameMapper: {
    '\\.css$': path.join(__dirname, 'src/test/style-stub.cjs'),
    ...preset.moduleNameMapper,
  },
};
