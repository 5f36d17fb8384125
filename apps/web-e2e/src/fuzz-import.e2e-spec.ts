import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');

/**
 * The short run of `npm run fuzz:import` (the full one sends 5,000 files): mutated fixtures through the
 * real import paths of the built workbench, with no 5xx, no hang, no runaway memory and no partial document.
 */
describe('fuzzed imports (short run)', () => {
  it('refuses every broken file cleanly and stores only whole documents', async () => {
    const seed = process.env.FUZZ_SEED ?? '1';
    const { stdout } = await run(process.execPath, ['scripts/fuzz-import.mjs', '--files', '150', '--seed', seed], {
      cwd: ROOT,
      timeout: 240000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`fuzz:import failed (seed ${seed}):\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    expect(stdout).toContain('no 5xx, no hang, no partial document');
    expect(stdout).toMatch(/\d+\s+201/);
    expect(stdout).toMatch(/\d+\s+400 /);
  }, 300000);
});
