#!/usr/bin/env node
// `npm run restore FILE`: puts a backup made by `npm run backup` back as the workbench's data folder
// (DATA_DIR). The workbench must be stopped. A data folder already there is kept beside it, renamed
// `<DATA_DIR>.before-restore-<time>`, never deleted. The next `npm start` opens the restored database
// (PostgreSQL replays the WAL the backup carries first). See README "Backups".
import { chownSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import * as tar from 'tar';
import { clusterDir, dataDir, fail, runningPostmaster, runningWorkbench } from './lib/embedded-data.mjs';

const file = process.argv[2] ? resolve(process.argv[2]) : fail('Usage: npm run restore FILE (a .tar.gz made by npm run backup)');
if (!existsSync(file)) fail(`No backup at ${file}.`);
const dir = dataDir();
const workbench = runningWorkbench(dir);
const postmaster = runningPostmaster(clusterDir(dir));
if (workbench || postmaster) fail(`The workbench is running on ${dir} (pid ${workbench ?? postmaster}): stop it first, or set DATA_DIR to another folder.`);

// check the archive before touching anything
const entries = [];
try {
  await tar.list({ file, onReadEntry: (entry) => entries.push(entry.path) });
} catch (error) {
  fail(`${file} is not a readable backup: ${error.message}`);
}
if (!entries.some((p) => p.replace(/^\.\//, '') === 'postgres/PG_VERSION')) fail(`${file} is not an Interlinea backup: it holds no postgres/PG_VERSION.`);

let kept = null;
if (existsSync(dir) && readdirSync(dir).length > 0) {
  kept = `${dir}.before-restore-${new Date().toISOString().replace(/[:T]/g, '-').replace(/\..*/, '')}`;
  renameSync(dir, kept);
}
mkdirSync(dir, { recursive: true, mode: 0o755 });
await tar.extract({ file, cwd: dir, preserveOwner: false });

// PostgreSQL wants its cluster folder private to the user it runs as (`postgres` when we are root)
const cluster = clusterDir(dir);
execFileSync('chmod', ['-R', 'go-rwx', cluster]);
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  execFileSync('chown', ['-R', `${uid}:${gid}`, cluster]);
  chownSync(dir, uid, gid);
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-r', join(cluster, 'PG_VERSION')]);
  } catch {
    console.warn(`Warning: the postgres user cannot reach ${cluster}: let it through every parent folder (chmod o+x) or restore into another DATA_DIR.`);
  }
}
console.log(`Restored ${file} into ${dir} (${statSync(file).size} bytes).`);
if (kept) console.log(`The data folder that was there is kept as ${kept}.`);
console.log('Start the workbench as usual (npm start): it opens the restored database.');
