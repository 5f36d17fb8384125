#!/usr/bin/env node
// `npm run backup [FILE]`: a backup of the embedded database (and everything else in DATA_DIR) as one
// .tar.gz, taken while the workbench runs or while it is stopped.
//
// The embedded PostgreSQL package ships no pg_dump, and Debian's pg_dump cannot read a newer server, so
// this is PostgreSQL's own physical backup: pg_backup_start / copy the files / pg_backup_stop, with a
// temporary replication slot holding the WAL written meanwhile, which is copied in too. Restoring it
// (`npm run restore FILE`) gives the database as it was when the backup ended. A stopped workbench is
// simply copied. See README "Backups".
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import * as tar from 'tar';
import { clusterDir, dataDir, fail, postgresPort, runningPostmaster } from './lib/embedded-data.mjs';

const dir = dataDir();
const cluster = clusterDir(dir);
if (process.env.DATABASE_URL) fail('DATABASE_URL is set: back up that PostgreSQL with its own tools (pg_dump); this script backs up the embedded one.');
try {
  statSync(join(cluster, 'PG_VERSION'));
} catch {
  fail(`No embedded database in ${dir}: set DATA_DIR to the workbench's data folder.`);
}
const stamp = new Date().toISOString().replace(/[:T]/g, '-').replace(/\..*/, '');
const file = resolve(process.argv[2] || join('backups', `interlinea-${stamp}.tar.gz`));
mkdirSync(dirname(file), { recursive: true });

// Files PostgreSQL's documentation says to leave out of a base backup (they are rebuilt at start).
const SKIP_IN_CLUSTER = new Set(['postmaster.pid', 'postmaster.opts', 'pg_internal.init']);
const EMPTY_IN_CLUSTER = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);

/** Copies DATA_DIR into `stage`, leaving out what a base backup leaves out. */
function copyDataDir(stage) {
  cpSync(dir, stage, {
    recursive: true,
    filter: (source) => {
      const name = basename(source);
      if (source === join(dir, 'interlinea.pid')) return false;
      if (source.startsWith(cluster)) {
        if (SKIP_IN_CLUSTER.has(name) || name.startsWith('pgsql_tmp')) return false;
        // the folders themselves are kept, their contents not
        if (dirname(dirname(source)) === cluster && EMPTY_IN_CLUSTER.has(basename(dirname(source)))) return false;
      }
      return true;
    },
  });
}

const stage = mkdtempSync(join(tmpdir(), 'interlinea-backup-'));
const started = Date.now();
try {
  const pid = runningPostmaster(cluster);
  let mode;
  if (!pid) {
    mode = 'stopped';
    copyDataDir(stage);
  } else {
    mode = 'online';
    const password = readFileSync(join(dir, 'postgres-password'), 'utf8').trim();
    const client = new pg.Client({ host: '/tmp', port: postgresPort(), user: 'postgres', password, database: 'postgres' });
    await client
      .connect()
      .catch((error) =>
        fail(`The workbench's PostgreSQL runs (pid ${pid}) but does not answer on port ${postgresPort()}: ${error.message}. Set EMBEDDED_POSTGRES_PORT.`),
      );
    try {
      // the slot keeps every WAL segment from here on until this session ends
      await client.query(`SELECT pg_create_physical_replication_slot('interlinea_backup_' || pg_backend_pid(), true, true)`);
      await client.query(`SELECT pg_backup_start('interlinea backup', true)`);
      copyDataDir(stage);
      const { rows } = await client.query(`SELECT labelfile, spcmapfile FROM pg_backup_stop(false)`);
      writeFileSync(join(stage, 'postgres', 'backup_label'), rows[0].labelfile);
      if (rows[0].spcmapfile) writeFileSync(join(stage, 'postgres', 'tablespace_map'), rows[0].spcmapfile);
      // the WAL written while the files were copied, up to the end of the backup
      const wal = join(cluster, 'pg_wal');
      for (const segment of readdirSync(wal).filter((n) => /^[0-9A-F]{24}$/.test(n))) cpSync(join(wal, segment), join(stage, 'postgres', 'pg_wal', segment));
    } finally {
      await client.end();
    }
  }
  await tar.create({ gzip: true, file, cwd: stage, portable: true }, readdirSync(stage));
  const size = statSync(file).size;
  console.log(`Backup written: ${file} (${(size / 1048576).toFixed(1)} MB, ${mode}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`Restore it with: npm run restore ${file}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
