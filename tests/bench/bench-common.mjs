// Shared by the engine benchmark (npm run bench) and the Lighthouse run (npm run bench:lighthouse):
// building dist/, serving it with vite preview, the Chromium flags, statistics, machine facts and the
// marked sections of BENCHMARKS.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

export const logger =
  (tag) =>
  (...message) =>
    console.error(`[${tag}]`, ...message);

/** Builds dist/ with `vite build` when it is missing (or always with `force`). */
export function ensureBuilt({ force = false, log = console.error } = {}) {
  if (!force && existsSync(resolve(ROOT, 'dist/index.html'))) return false;
  log('building dist/ with vite build…');
  const result = spawnSync(process.execPath, [VITE, 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  return true;
}

/** The built worker chunk, as a path under dist/ (`assets/projection.worker-<hash>.js`). */
export function workerChunk() {
  const files = readdirSync(resolve(ROOT, 'dist/assets')).filter((f) =>
    /^projection\.worker-.*\.js$/.test(f),
  );
  if (files.length !== 1) throw new Error(`expected one dist/assets/projection.worker-*.js, found ${files}`);
  return `assets/${files[0]}`;
}

/** Starts `vite preview` on `port` (own process group) and waits until it answers. */
export async function startPreview(port, { log = console.error } = {}) {
  const child = spawn(process.execPath, [VITE, 'preview', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stopPreview() ends it and nothing else
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(url)).ok) {
        log(`vite preview on ${url} (pid ${child.pid})`);
        return child;
      }
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  stopPreview(child);
  throw new Error(`vite preview did not answer on port ${port} within 30 s:\n${output}`);
}

export function stopPreview(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** Percentile with linear interpolation; non-numbers are ignored, an empty list gives null. */
export function percentile(values, p) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const i = ((v.length - 1) * p) / 100;
  const lo = Math.floor(i);
  return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (i - lo);
}

export const median = (values) => percentile(values, 50);

/** Median, 10th and 90th percentile and count of a list of samples. */
export const summarize = (values) => ({
  median: median(values),
  p10: percentile(values, 10),
  p90: percentile(values, 90),
  n: values.length,
});

export function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'missing';
  }
}

/** The Chromium build, from `chromium --version` (user agents only carry the major version). */
export function chromiumVersion() {
  const result = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
  return /([\d.]+\.\d+)/.exec(result.stdout ?? '')?.[1] ?? 'unknown';
}

export const loadAverage = () => Math.round(os.loadavg()[0] * 100) / 100;

export function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export const machineText = (m) => `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM (${m.platform})`;

const HEADER = `# Benchmarks

Performance figures for Mục tiêu số, measured on the machines named in each section. Timings are
noisy: every figure is a median over repeated runs, and no script ever fails on a timing.
`;

/**
 * Writes `body` between the `<!-- name:start -->` and `<!-- name:end -->` markers of `file`, or appends
 * the marked section when the markers are missing. Everything outside the markers is left alone.
 */
export function writeMarkedSection(file, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = `${start}\n${body.trim()}\n${end}`;
  const path = resolve(ROOT, file);
  if (!existsSync(path)) return writeFileSync(path, `${HEADER}\n${text}\n`);
  const old = readFileSync(path, 'utf8');
  const a = old.indexOf(start);
  const b = old.indexOf(end);
  const next =
    a >= 0 && b > a ? old.slice(0, a) + text + old.slice(b + end.length) : `${old.trimEnd()}\n\n${text}\n`;
  writeFileSync(path, next);
}

/** The command-line flags, after checking each is known (exit 2 otherwise). */
export function parseFlags(known) {
  const flags = new Set(process.argv.slice(2));
  for (const flag of flags) {
    if (!known.includes(flag)) {
      console.error(`unknown option ${flag}; known: ${known.join(' ')}`);
      process.exit(2);
    }
  }
  return flags;
}

/**
 * Runs one Vitest config in its own Node process (Vitest rejects options it does not know, so flags travel
 * in `env`) and exits with its status. Used by the engine benchmark and the backtest launchers.
 */
export function runVitestConfig(config, env) {
  const vitest = resolve(ROOT, 'node_modules/vitest/vitest.mjs');
  const result = spawnSync(process.execPath, [vitest, 'run', '--config', config], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
