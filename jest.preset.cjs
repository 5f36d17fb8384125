// Shared Jest settings: TypeScript through SWC (fast, keeps decorator metadata for NestJS),
// workspace libraries resolved to their sources so tests never need a build first.
const path = require('node:path');

const root = __dirname;

module.exports = {
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only packages that tests import are compiled to CommonJS too.
  transformIgnorePatterns: ['/node_modules/(?!(marked|eld)/)'],
  moduleNameMapper: {
    // eld exports only an `import` condition; the API loads it with import(), which Jest runs as require().
    '^eld/small$': path.join(root, 'node_modules/eld/src/entries/static.small.js'),
    '^@interlinea/shared$': path.join(root, 'libs/shared/src/index.ts'),
    '^@interlinea/segmentation$': path.join(root, 'libs/segmentation/src/index.ts'),
    '^@interlinea/formats$': path.join(root, 'libs/formats/src/index.ts'),
    '^@interlinea/inline-codes$': path.join(root, 'libs/inline-codes/src/index.ts'),
    '^@interlinea/tm$': path.join(root, 'libs/tm/src/index.ts'),
    '^@interlinea/text-search$': path.join(root, 'libs/text-search/src/index.ts'),
    '^@interlinea/tm/browser$': path.join(root, 'libs/tm/src/browser.ts'),
    '^@interlinea/glossary$': path.join(root, 'libs/glossary/src/index.ts'),
    '^@interlinea/qa$': path.join(root, 'libs/qa/src/index.ts'),
    '^@interlinea/testing-deepl$': path.join(root, 'libs/testing-deepl/src/index.ts'),
    '^@interlinea/align$': path.join(root, 'libs/align/src/index.ts'),
    '^@interlinea/publishing$': path.join(root, 'libs/publishing/src/index.ts'),
  },
};
