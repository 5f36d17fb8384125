import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of the API, named by its path without extension: the compiled
 * `.js` when the API runs built, or — when it runs from its TypeScript sources, as in the tests —
 * the `.ts` compiled on loading by SWC (a development dependency), with the workspace libraries
 * resolved to their sources as Jest resolves them.
 */
export function startWorker(module: string, options: WorkerOptions = {}): Worker {
  if (existsSync(`${module}.js`)) return new Worker(`${module}.js`, options);
  if (!existsSync(`${module}.ts`)) throw new Error(`no worker module at ${module}`);
  return new Worker(FROM_SOURCES, { ...options, eval: true, workerData: { module: `${module}.ts`, root: workspaceRoot(module), data: options.workerData } });
}

function workspaceRoot(from: string): string {
  for (let dir = path.dirname(from); dir !== path.dirname(dir); dir = path.dirname(dir)) if (existsSync(path.join(dir, 'nx.json'))) return dir;
  throw new Error(`no workspace above ${from}`);
}

const FROM_SOURCES = `
const threads = require('node:worker_threads');
const workerData = threads.workerData;
threads.workerData = workerData.data; // what the module itself was given
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const swc = require(require.resolve('@swc/core', { paths: [workerData.root] }));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const library = /^@interlinea\\/([\\w-]+)$/.exec(request);
  return library ? path.join(workerData.root, 'libs', library[1], 'src/index.ts') : resolve.call(this, request, ...rest);
};
const options = { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' }, module: { type: 'commonjs' } };
Module._extensions['.ts'] = (module, filename) => module._compile(swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename }).code, filename);
require(workerData.module);
`;
