import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');

/**
 * The short run of `npm run bench:collab` (the full one: 50 editors for 60 s): a few editors saving into
 * the same segments over HTTP, each with its event stream, and nothing lost: every accepted save in its
 * segment's history, each segment's last accepted save its text, every save seen by every stream.
 */
describe('collaboration benchmark (short run)', () => {
  it('loses no save and delivers every save to every editor', async () => {
    const { stdout } = await run(process.execPath, ['scripts/bench-collab.mjs', '--editors', '5', '--seconds', '4', '--segments', '12'], {
      cwd: ROOT,
      timeout: 240000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`bench:collab failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    expect(stdout).toMatch(/saves:\s+[1-9]\d* accepted/);
    expect(stdout).toMatch(/event delivery:\s+p50\s+[\d.]+ ms/);
    expect(stdout).toContain('nothing lost:     yes');
  }, 300000);
});
