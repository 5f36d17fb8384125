import { spawn } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
/** About 4 minutes on an idle machine (npm ci from the local cache, nx build, prune, start); far more when it is busy. */
const DEADLINE_MS = 25 * 60_000;

/**
 * `docker compose up --build` without a Docker engine: scripts/check-dockerfile.mjs copies exactly what
 * the Dockerfile copies (minus .dockerignore) into empty folders, runs its install, build and prune
 * steps there, starts the last stage's CMD against a PostgreSQL and asks /api/health.
 */
describe('the container image', () => {
  it(
    'builds from exactly what the Dockerfile copies, and its pruned result answers /api/health',
    async () => {
      const started = Date.now();
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['scripts/check-dockerfile.mjs'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        // before jest gives up on the test: the script ends what it started and removes its folders
        const deadline = setTimeout(() => child.kill('SIGTERM'), DEADLINE_MS);
        let text = '';
        child.stdout.on('data', (chunk) => (text += chunk));
        child.stderr.on('data', (chunk) => (text += chunk));
        child.on('exit', (exitCode) => {
          clearTimeout(deadline);
          resolve({ code: exitCode, output: text });
        });
      });
      console.log(`container image check: ${Math.round((Date.now() - started) / 1000)} s\n${output.split('\n').slice(-12).join('\n')}`);
      expect(output).toMatch(/The image builds and starts: .*"status":"ok"/);
      expect(code).toBe(0);
    },
    DEADLINE_MS + 60_000,
  );
});
