import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The container's build stage copies every workspace's package.json before `npm ci`, so that npm links
 * all @interlinea packages; a workspace it forgets breaks `docker compose up --build` (TS2307).
 */
describe('the Dockerfile', () => {
  it('copies the package.json of every workspace before installing', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const beforeInstall = dockerfile.slice(0, dockerfile.indexOf('RUN npm ci'));
    const copied = [...beforeInstall.matchAll(/^COPY (\S+\/package\.json) /gm)].map((m) => m[1]).sort();
    const workspaces = ['apps', 'libs']
      .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).map((name) => `${dir}/${name}/package.json`))
      .filter((manifest) => fs.existsSync(path.join(ROOT, manifest)))
      .sort();
    expect(copied).toEqual(workspaces);
  });
});
