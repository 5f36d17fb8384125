#!/usr/bin/env node
// The type check of `npm test`: every project's `typecheck` target (`tsc -p <tsconfig> --noEmit`), with the
// libraries whose tsconfig says the same (same base, options and include, nothing declared globally) checked
// as one TypeScript program instead of one `tsc` per library: the same files, options and errors, while
// the sources they share (libs/shared, …) are read and checked once. Anything else runs as its target says.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const projects = ['apps', 'libs'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .map((name) => join(dir, name, 'project.json'))
    .filter((file) => existsSync(join(ROOT, file)))
    .map((file) => ({ file, project: JSON.parse(readFileSync(join(ROOT, file), 'utf8')) })),
);

const separate = [];
const libraries = [];
for (const { file, project } of projects) {
  const command = project.targets?.typecheck?.options?.command;
  if (!command) continue;
  const tsconfig = /^tsc -p (\S+) --noEmit$/.exec(command)?.[1];
  // a library's own program: its src only, the shared base, node + jest types
  const text = tsconfig && existsSync(join(ROOT, tsconfig)) ? readFileSync(join(ROOT, tsconfig), 'utf8') : '';
  const json = text ? JSON.parse(text) : null;
  const plain =
    file.startsWith('libs/') &&
    json?.extends === '../../tsconfig.base.json' &&
    JSON.stringify(json.compilerOptions) === JSON.stringify({ types: ['node', 'jest'], noEmit: true }) &&
    JSON.stringify(json.include) === JSON.stringify(['src/**/*.ts']) &&
    !json.files &&
    !json.exclude &&
    !json.references;
  if (plain) libraries.push(dirname(tsconfig));
  else separate.push({ name: project.name, command });
}

// something declared globally in one library would be seen by the others in one program: then each alone
const declaresGlobals = (dir) => {
  const walk = (d) =>
    readdirSync(join(ROOT, d), { withFileTypes: true }).some((entry) =>
      entry.isDirectory()
        ? walk(join(d, entry.name))
        : entry.name.endsWith('.d.ts') || (entry.name.endsWith('.ts') && /\bdeclare\s+(global|module)\b/.test(readFileSync(join(ROOT, d, entry.name), 'utf8'))),
    );
  return walk(join(dir, 'src'));
};
const together = libraries.filter((dir) => !declaresGlobals(dir));
for (const dir of libraries.filter((d) => !together.includes(d))) separate.push({ name: dir, command: `tsc -p ${dir}/tsconfig.spec.json --noEmit` });

const work = mkdtempSync(join(tmpdir(), 'interlinea-typecheck-'));
const runs = separate.map(({ name, command }) => ({ name, args: command.split(/\s+/).slice(1) }));
if (together.length) {
  const tsconfig = join(work, 'tsconfig.libraries.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.base.json'),
      // what each library's tsconfig.spec.json says; the types found where they are found from libs/<name>
      compilerOptions: { types: ['node', 'jest'], typeRoots: [join(ROOT, 'node_modules/@types')], noEmit: true },
      include: together.map((dir) => join(ROOT, dir, 'src/**/*.ts')),
    }),
  );
  runs.push({ name: `libraries (${together.map((dir) => basename(dir)).join(', ')})`, args: ['-p', tsconfig] });
}

let failed = 0;
for (const { name, args } of runs) {
  const started = Date.now();
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), args, { cwd: ROOT, stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}: tsc ${args.join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
