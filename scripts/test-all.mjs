#!/usr/bin/env node
// `npm test`: every check CI runs, in order — lint (with module boundaries), type checks, unit and
// component tests, integration tests on a real PostgreSQL, then the browser journey on the built app.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'interlinea-test-'));
// Every check really runs: no results replayed from Nx's cache.
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'true', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function run(title, command, args, jestReport) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (jestReport) {
    try {
      const report = JSON.parse(readFileSync(jestReport, 'utf8'));
      totals.passed += report.numPassedTests;
      totals.failed += report.numFailedTests;
    } catch {
      console.log(`(no test report from ${title})`);
    }
  }
  console.log(`--- ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failedSteps.push(title);
}

const jest = (config, name, extra = []) => {
  const out = join(reports, `${name}.json`);
  return ['npx', ['jest', '-c', config, '--json', `--outputFile=${out}`, ...extra], out];
};

run('lint (ESLint + Nx module boundaries)', 'npx', ['nx', 'run-many', '-t', 'lint', '--parallel=2']);
run('format (Prettier)', 'npx', ['prettier', '--check', '.']);
run('type check', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--parallel=2']);
const libraries = readdirSync('libs')
  .filter((lib) => existsSync(join('libs', lib, 'jest.config.cjs')))
  .map((lib) => [lib, join('libs', lib, 'jest.config.cjs')]);
for (const [name, config] of [...libraries, ['api unit', 'apps/api/jest.config.cjs'], ['web components', 'apps/web/jest.config.cjs']]) {
  const [cmd, args, out] = jest(config, name.replace(/\W/g, '-'), ['--passWithNoTests']);
  run(`${name} tests`, cmd, args, out);
}
{
  const [cmd, args, out] = jest('apps/api/jest.int.config.cjs', 'api-int', ['--runInBand']);
  run('api integration tests (real PostgreSQL)', cmd, args, out);
}
run('build api + web', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--parallel=2']);
{
  const [cmd, args, out] = jest('apps/web-e2e/jest.config.cjs', 'browser', ['--runInBand']);
  run('browser journeys (chromium)', cmd, args, out);
}

rmSync(reports, { recursive: true, force: true });
console.log(`\nFailed steps: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
