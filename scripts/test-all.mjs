#!/usr/bin/env node
// `npm test`: every check CI runs — lint (with module boundaries), formatting, type checks, unit and
// component tests, integration tests on a real PostgreSQL, the build, the browser journeys on the built
// app and the container image check.
//
// Steps run two at a time (TEST_JOBS=1 runs them one after another): the machine has 2 cores and the
// browser journeys, the longest step, spend much of their time waiting for the page, so the other checks
// run beside them. A step starts when the steps it needs have passed or failed; its output is printed
// whole when it ends, under its title, so that two steps' lines never mix.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// TEST_REPORTS=<folder> keeps Jest's JSON reports there (per-file start and end times, to see where time goes)
const keptReports = process.env.TEST_REPORTS;
if (keptReports) mkdirSync(keptReports, { recursive: true });
const reports = keptReports ?? mkdtempSync(join(tmpdir(), 'interlinea-test-'));
// Every check really runs: no results replayed from Nx's cache.
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'true', FORCE_COLOR: '0' };
const jobs = Math.max(1, Number(process.env.TEST_JOBS ?? 2) || 2);
const totals = { passed: 0, failed: 0 };
const results = [];

const jest = (config, name, extra = []) => {
  const report = join(reports, `${name}.json`);
  return { command: 'npx', args: ['jest', '-c', config, '--json', `--outputFile=${report}`, ...extra], report };
};

// Every library's tests in one Jest run (each library a Jest project, shown by its name): one start of Jest
// instead of one per library.
const libraries = readdirSync('libs')
  .filter((lib) => existsSync(join('libs', lib, 'jest.config.cjs')))
  .sort();
const libraryConfigs = libraries.map((lib) => join('libs', lib, 'jest.config.cjs'));

// ESLint over every project's folder in one process, with the same configuration and rules (module
// boundaries included) as `nx run-many -t lint`, which starts one ESLint, and one project graph, per
// project. A project whose lint target is anything else than `eslint <folder>` makes it fall back to Nx.
const projectFiles = ['apps', 'libs'].flatMap((dir) =>
  readdirSync(dir)
    .map((name) => join(dir, name, 'project.json'))
    .filter((file) => existsSync(file)),
);
const lintCommands = projectFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')).targets?.lint?.options?.command).filter(Boolean);
const lintFolders = lintCommands.map((command) => /^eslint ([\w./-]+)$/.exec(command)?.[1]);
const lint = lintFolders.every(Boolean)
  ? { command: 'npx', args: ['eslint', ...lintFolders] }
  : { command: 'npx', args: ['nx', 'run-many', '-t', 'lint', '--parallel=2'] };

/** Steps in the order they are started (when a slot is free and what they need has ended). */
const steps = [
  // the build, then the browser journeys: the longest chain, so it starts first
  { title: 'build api + web', command: 'npx', args: ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--parallel=2'] },
  // the container image check builds its own copy from the Dockerfile; a journey of its own
  {
    title: 'browser journeys (chromium)',
    needs: ['build api + web'],
    ...jest('apps/web-e2e/jest.config.cjs', 'browser', ['--runInBand', '--testPathIgnorePatterns', 'container-image']),
  },
  // then the longest steps first, so that the short ones fill both slots at the end
  { title: 'api integration tests (real PostgreSQL)', ...jest('apps/api/jest.int.config.cjs', 'api-int', ['--runInBand']) },
  {
    title: 'container image (Dockerfile built and started)',
    ...jest('apps/web-e2e/jest.config.cjs', 'container-image', ['--runInBand', 'container-image']),
    // it starts no workbench: no data folder template, so it does not wait for the build
    env: { E2E_EMPTY_DATA: '1' },
  },
  // every project's tsc; the libraries, whose tsconfigs say the same, as one program (scripts/typecheck-all.mjs)
  { title: 'type check', command: 'node', args: ['scripts/typecheck-all.mjs'] },
  {
    title: `library tests (${libraries.join(', ')})`,
    command: 'npx',
    args: ['jest', '--json', `--outputFile=${join(reports, 'libraries.json')}`, '--passWithNoTests', '--projects', ...libraryConfigs],
    report: join(reports, 'libraries.json'),
  },
  { title: 'web components tests', ...jest('apps/web/jest.config.cjs', 'web-components', ['--passWithNoTests']) },
  { title: 'format (Prettier)', command: 'npx', args: ['prettier', '--check', '.'] },
  { title: 'lint (ESLint + Nx module boundaries)', ...lint },
  { title: 'api unit tests', ...jest('apps/api/jest.config.cjs', 'api-unit', ['--passWithNoTests']) },
];

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command, step.args, { env: { ...env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let finished = false;
    const finish = (status, error) => {
      // 'error' (the command could not start) may be followed by 'close': one result per step
      if (finished) return;
      finished = true;
      const seconds = (Date.now() - started) / 1000;
      console.log(`\n=== ${step.title} ===`);
      if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      if (error) console.log(error.message);
      if (step.report) {
        try {
          const report = JSON.parse(readFileSync(step.report, 'utf8'));
          totals.passed += report.numPassedTests;
          totals.failed += report.numFailedTests;
        } catch {
          console.log(`(no test report from ${step.title})`);
        }
      }
      const ok = status === 0;
      console.log(`--- ${step.title}: ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
      results.push({ title: step.title, ok, seconds });
      resolve();
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

const started = Date.now();
console.log(`${steps.length} steps, ${jobs} at a time`);
const waiting = [...steps];
const running = new Set();
const ended = new Set();
await new Promise((allDone) => {
  const next = () => {
    if (!waiting.length && !running.size) return allDone();
    while (running.size < jobs) {
      const index = waiting.findIndex((step) => (step.needs ?? []).every((title) => ended.has(title)));
      if (index < 0) break;
      const [step] = waiting.splice(index, 1);
      console.log(`... ${step.title}: started`);
      const task = run(step).then(() => {
        running.delete(task);
        ended.add(step.title);
        next();
      });
      running.add(task);
    }
  };
  next();
});

if (!keptReports) rmSync(reports, { recursive: true, force: true });
const failedSteps = results.filter((r) => !r.ok).map((r) => r.title);
console.log(`\nSteps (${((Date.now() - started) / 60000).toFixed(1)} min in all):`);
for (const step of steps) {
  const result = results.find((r) => r.title === step.title);
  console.log(`  ${result.ok ? 'ok    ' : 'FAILED'} ${result.seconds.toFixed(1).padStart(7)} s  ${step.title}`);
}
console.log(`\nFailed steps: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
