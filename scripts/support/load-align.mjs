// Loads libs/align for the scripts, compiling it first (tsc, a few seconds) when dist/ is missing or
// older than a source file, so `node scripts/align.mjs` works on a fresh checkout without `npm run build`.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lib = path.join(root, 'libs/align');
const built = path.join(lib, 'dist/index.js');

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

export function loadAlign() {
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource(path.join(lib, 'src'))) {
    const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
    execFileSync(process.execPath, [tsc, '-p', path.join(lib, 'tsconfig.lib.json')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return require(built);
}
