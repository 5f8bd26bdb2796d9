// Lighthouse (`npm run bench:lighthouse`): performance, accessibility and best practices of the built app,
// desktop preset and mobile (Lighthouse's default), median of 3 runs each. Prints a JSON summary on stdout
// (logs go to stderr) and updates the Lighthouse section of BENCHMARKS.md, with the failing audits of
// every category under the target.
//
//   node tests/bench/lighthouse.mjs [--build] [--quick] [--write | --no-write] [--save]
//
// --build   rebuild dist/ even if it exists (it is built anyway when missing)
// --quick   1 run per form factor; does not touch BENCHMARKS.md unless --write
// --save    keep every run's report as test-results/lighthouse/<form factor>-<run>.report.json
// --no-profile  skip the CPU profile of the start-up that follows the Lighthouse runs
// Exit code: 0 when every run produced scores, 1 otherwise. Scores never fail it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ROOT,
  chromiumVersion,
  ensureBuilt,
  loadAverage,
  logger,
  machine,
  packageVersion,
  parseFlags,
  startPreview,
  stopPreview,
} from './bench-common.mjs';
import { CATEGORIES, summarizeRuns, writeLighthouseSection } from './lighthouse-report.mjs';
import { startupProfile } from './startup-profile.mjs';

const KNOWN = ['--build', '--quick', '--write', '--no-write', '--save', '--no-profile'];
const flags = parseFlags(KNOWN);
const QUICK = flags.has('--quick');
const WRITE = flags.has('--write') || (!QUICK && !flags.has('--no-write'));
const RUNS = QUICK ? 1 : 3;
// BENCH_PORT: several checkouts on one machine can bench side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4182);
const URL = `http://localhost:${PORT}/`;
const FORM_FACTORS = ['desktop', 'mobile'];
const log = logger('bench:lighthouse');

/** One Lighthouse run in a fresh Chromium (own profile, cold cache). */
async function runOnce(formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const flags = {
      port: chrome.port,
      output: /** @type {const} */ ('json'),
      logLevel: /** @type {const} */ ('error'),
      onlyCategories: CATEGORIES,
    };
    // No config is Lighthouse's default: mobile emulation with simulated slow 4G and 4× CPU slowdown.
    const result = await lighthouse(URL, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result?.lhr) throw new Error('Lighthouse returned no report');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const loadAtStart = loadAverage();
  ensureBuilt({ force: flags.has('--build'), log });
  let server;
  const stop = () => stopPreview(server);
  process.once('SIGINT', () => (stop(), process.exit(130)));
  process.once('SIGTERM', () => (stop(), process.exit(143)));
  try {
    server = await startPreview(PORT, { log });
    const runs = Object.fromEntries(FORM_FACTORS.map((f) => [f, []]));
    // Alternate the form factors, so both see the same load on a shared machine.
    for (let i = 0; i < RUNS; i++) {
      for (const formFactor of FORM_FACTORS) {
        log(`${formFactor}: run ${i + 1}/${RUNS}`);
        const lhr = await runOnce(formFactor);
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        for (const warning of lhr.runWarnings ?? []) log(`${formFactor} warning: ${warning}`);
        log(
          `${formFactor}: ${CATEGORIES.map((c) => `${c} ${Math.round((lhr.categories[c]?.score ?? NaN) * 100)}`).join(', ')}`,
        );
        if (flags.has('--save')) {
          const dir = resolve(ROOT, 'test-results/lighthouse');
          mkdirSync(dir, { recursive: true });
          writeFileSync(resolve(dir, `${formFactor}-${i + 1}.report.json`), JSON.stringify(lhr));
        }
        runs[formFactor].push(lhr);
      }
    }
    // Which functions spend the main thread's time while the app starts (what the long tasks hold).
    const profile = flags.has('--no-profile') ? null : await startupProfile(URL, { runs: RUNS, log });
    const first = runs.desktop[0];
    const summary = {
      date: new Date().toISOString(),
      quick: QUICK,
      url: URL,
      runs: RUNS,
      machine: { ...machine(), loadAverage1m: { start: loadAtStart, end: loadAverage() } },
      versions: {
        node: process.version,
        lighthouse: first.lighthouseVersion,
        chromeLauncher: packageVersion('chrome-launcher'),
        chromium: chromiumVersion(),
      },
      formFactors: Object.fromEntries(FORM_FACTORS.map((f) => [f, summarizeRuns(runs[f])])),
      startupProfile: profile,
    };
    console.log(JSON.stringify(summary, null, 2));
    const missing = FORM_FACTORS.flatMap((f) =>
      CATEGORIES.filter((c) => typeof summary.formFactors[f].scores[c] !== 'number').map((c) => `${f} ${c}`),
    );
    // A metric that could not be measured fails the run rather than print a dash.
    for (const f of FORM_FACTORS) {
      for (const [id, metric] of Object.entries(summary.formFactors[f].metrics)) {
        if (typeof metric.median !== 'number') missing.push(`${f} ${id}`);
      }
    }
    if (missing.length) throw new Error(`no figure for ${missing.join(', ')}`);
    if (WRITE) {
      writeLighthouseSection('BENCHMARKS.md', summary);
      log('updated BENCHMARKS.md');
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  log(`FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
