// npm test's first step, so that `npm test` on a fresh machine needs nothing
// else (CI runs exactly `npm test` too):
// 1. the project's packages: `npm ci` when node_modules is missing, `npm
//    install` when package-lock.json is newer than what was installed;
// 2. the browser tests' Chromium, Debian's, at /usr/bin/chromium (never a
//    downloaded browser): installed with apt-get when this user may (root, or
//    sudo without a password); otherwise it stops with the one line to run;
// 3. Debian's redis-server, which the job queue's tests start on a free port
//    (tests/api/scale-out): installed the same way when it may be; when it
//    cannot, the run goes on and those tests are skipped, saying why.
// Plain Node, no packages: it runs before any are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const INSTALL_CHROMIUM = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium';

function run(command, args, environment = process.env) {
  process.stdout.write(`> ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: environment });
  return result.status === 0;
}

function stop(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function ensurePackages() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (!existsSync(installed)) {
    if (!run('npm', ['ci', '--no-audit', '--no-fund'])) stop('npm ci failed: see its message above.');
  } else if (statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
    if (!run('npm', ['install', '--no-audit', '--no-fund'])) stop('npm install failed: see its message above.');
  }
}

const REDIS_SERVER = '/usr/bin/redis-server';

/** The apt-get prefix for this user (root, or sudo without a password), or undefined when it may not install. */
function aptPrefix() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root) return [];
  if (has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const cannot = (reason) => stop(`The browser tests need Debian's Chromium at ${CHROMIUM} (${reason}). Install it with:\n  ${INSTALL_CHROMIUM}\nthen run npm test again.`);
  if (!has('apt-get')) cannot('apt-get is not available here');
  const prefix = aptPrefix();
  if (!prefix) cannot('installing it needs root');
  process.stdout.write("Chromium is missing: installing Debian's chromium package for the browser tests.\n");
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'],
  ]) {
    const command = [...prefix, ...args];
    if (!run(command[0], command.slice(1), environment)) cannot(`${command.join(' ')} failed`);
  }
  if (!existsSync(CHROMIUM)) cannot(`the chromium package did not provide ${CHROMIUM}`);
}

function ensureRedis() {
  if (existsSync(REDIS_SERVER)) return;
  const skip = (reason) => process.stdout.write(`redis-server is missing and ${reason}: the job queue's tests will be skipped (install it with: sudo apt-get install -y redis-server).\n`);
  const prefix = has('apt-get') ? aptPrefix() : undefined;
  if (!prefix) return skip(has('apt-get') ? 'installing it needs root' : 'apt-get is not available here');
  process.stdout.write("redis-server is missing: installing Debian's redis-server package for the job queue's tests.\n");
  const environment = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', 'redis-server'],
  ]) {
    const command = [...prefix, ...args];
    if (!run(command[0], command.slice(1), environment)) return skip(`${command.join(' ')} failed`);
  }
  if (!existsSync(REDIS_SERVER)) skip(`the redis-server package did not provide ${REDIS_SERVER}`);
}

ensurePackages();
ensureChromium();
ensureRedis();
