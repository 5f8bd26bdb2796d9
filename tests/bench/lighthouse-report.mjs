// Medians of the Lighthouse runs, the audits that fail, and the Lighthouse section of BENCHMARKS.md.
import { machineText, median, writeMarkedSection } from './bench-common.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
export const TARGET = 95;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
const UNSCORED = new Set(['notApplicable', 'manual', 'informative']);
const MAX_ITEMS = 5;

/** Failing: a scored audit under full marks (binary), or under 0.9 (metrics, savings: Lighthouse's "pass"). */
function failing(audit) {
  if (UNSCORED.has(audit.scoreDisplayMode)) return false;
  if (audit.scoreDisplayMode === 'error') return true;
  if (audit.score === null || audit.score === undefined) return false;
  return audit.scoreDisplayMode === 'binary' ? audit.score < 1 : audit.score < 0.9;
}

const clip = (text, n = 160) => {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

const ms = (x) => `${Math.round(x)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The telling fields of one row of an audit's details (a node, a URL, a source location, timings, savings). */
function describeItem(item) {
  if (!item || typeof item !== 'object') return clip(item);
  const parts = [];
  const node = item.node?.type === 'node' ? item.node : item.type === 'node' ? item : null;
  if (node) {
    if (node.selector) parts.push(`\`${clip(node.selector, 100)}\``);
    if (node.snippet) parts.push(`\`${clip(node.snippet, 140)}\``);
    if (node.explanation) parts.push(clip(node.explanation, 240));
  }
  const location = item.source?.type === 'source-location' ? item.source : item.sourceLocation;
  if (item.url) parts.push(clip(item.url, 120));
  if (location?.url) parts.push(`${clip(location.url, 120)}:${location.line ?? 0}:${location.column ?? 0}`);
  if (typeof item.statistic === 'string') parts.push(`${item.statistic}: ${item.value?.value ?? item.value}`);
  if (typeof item.phase === 'string') parts.push(`${item.phase}: ${ms(item.timing)} (${item.percent})`);
  if (typeof item.groupLabel === 'string') parts.push(`${item.groupLabel}: ${ms(item.duration)}`);
  else if (typeof item.duration === 'number') parts.push(`duration ${ms(item.duration)}`);
  if (typeof item.startTime === 'number') parts.push(`at ${ms(item.startTime)}`);
  if (typeof item.total === 'number') parts.push(`CPU ${ms(item.total)} (script ${ms(item.scripting ?? 0)})`);
  for (const key of ['description', 'label', 'reason', 'failureReason', 'issueType']) {
    if (typeof item[key] === 'string') parts.push(clip(item[key], 200));
  }
  if (typeof item.score === 'number') parts.push(`score ${item.score.toFixed(3)}`);
  if (typeof item.wastedMs === 'number') parts.push(`wasted ${ms(item.wastedMs)}`);
  if (typeof item.wastedBytes === 'number') parts.push(`wasted ${kib(item.wastedBytes)}`);
  if (typeof item.totalBytes === 'number') parts.push(`of ${kib(item.totalBytes)}`);
  const subItems = item.subItems?.items ?? [];
  const sub = subItems
    .slice(0, 4)
    .map((x) =>
      typeof x.sourceWastedBytes === 'number'
        ? `${clip(x.source, 80)} ${kib(x.sourceWastedBytes)}`
        : clip(x.cause ?? x.extra?.value ?? x.description ?? JSON.stringify(x), 120),
    );
  if (sub.length) parts.push(`(${sub.join('; ')}${subItems.length > 4 ? '; …' : ''})`);
  return parts.join(' — ') || clip(JSON.stringify(item), 200);
}

/** Up to MAX_ITEMS rows of an audit's details; lists of tables (Lighthouse's insights) are flattened. */
function describeDetails(details) {
  if (!details || details.type === 'debugdata') return [];
  const items = details.type === 'list' ? details.items.flatMap((sub) => sub.items ?? [sub]) : details.items;
  if (!Array.isArray(items)) return [];
  const rows = items.slice(0, MAX_ITEMS).map(describeItem);
  if (items.length > MAX_ITEMS) rows.push(`… ${items.length - MAX_ITEMS} more`);
  return rows;
}

/** A failing metric has no details of its own; these audits say where its time or shift comes from. */
const EXPLAINED_BY = {
  'total-blocking-time': 'long-tasks',
  'largest-contentful-paint': 'largest-contentful-paint-element',
  'cumulative-layout-shift': 'layout-shifts',
};

function itemsOf(lhr, audit) {
  const own = describeDetails(audit.details);
  const other = lhr.audits[EXPLAINED_BY[audit.id]];
  if (own.length || !other) return own;
  if (failing(other)) return [`see \`${other.id}\``];
  return describeDetails(other.details).map((row, i) => (i === 0 ? `(from \`${other.id}\`) ${row}` : row));
}

const scoreOf = (lhr, category) => {
  const score = lhr.categories[category]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
};

/** Scores (median per category), the median run's metrics and the failing audits of a form factor. */
export function summarizeRuns(lhrs) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(lhrs.map((lhr) => scoreOf(lhr, c)))]));
  // The run whose performance score is the median stands for the form factor's details.
  const order = lhrs.map((lhr, i) => [scoreOf(lhr, 'performance') ?? -1, i]).sort((a, b) => a[0] - b[0]);
  const medianRun = order[Math.floor((order.length - 1) / 2)][1];
  const lhr = lhrs[medianRun];
  const metrics = Object.fromEntries(
    METRICS.map((id) => [
      id,
      {
        median: median(lhrs.map((run) => run.audits[id]?.numericValue)),
        unit: lhr.audits[id]?.numericUnit,
        medianRunDisplay: lhr.audits[id]?.displayValue ?? null,
        medianRunScore: lhr.audits[id]?.score ?? null,
      },
    ]),
  );
  const failingAudits = {};
  for (const category of CATEGORIES) {
    const refs = (lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.group !== 'hidden');
    const rows = [];
    for (const ref of refs) {
      const failedIn = lhrs.filter((run) => run.audits[ref.id] && failing(run.audits[ref.id]));
      if (!failedIn.length) continue;
      // Details from the median run when it failed there, else from the first run it failed in.
      const source = failing(lhr.audits[ref.id]) ? lhr : failedIn[0];
      const audit = source.audits[ref.id];
      rows.push({
        id: ref.id,
        title: audit.title,
        score: audit.scoreDisplayMode === 'error' ? 'error' : audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue ?? null,
        error: audit.errorMessage ?? null,
        failedRuns: failedIn.length,
        items: itemsOf(source, audit),
      });
    }
    failingAudits[category] = rows.sort((a, b) => b.weight - a.weight || (a.score ?? 0) - (b.score ?? 0));
  }
  return {
    scores,
    perRun: lhrs.map((run) => Object.fromEntries(CATEGORIES.map((c) => [c, scoreOf(run, c)]))),
    medianRun: medianRun + 1,
    metrics,
    failingAudits,
    runWarnings: [...new Set(lhrs.flatMap((run) => run.runWarnings ?? []))],
    // Lighthouse's own CPU benchmark of the host (higher is faster), per run.
    benchmarkIndex: lhrs.map((run) => run.environment?.benchmarkIndex ?? null),
  };
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const metricText = (m) => {
  // A metric Lighthouse did not report fails the report instead of printing a dash.
  if (m.median === null) throw new Error(`Lighthouse: no value for ${m.id ?? 'a metric'}`);
  return m.unit === 'unitless' ? m.median.toFixed(3) : `${Math.round(m.median)} ms`;
};
const shortName = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed Index',
};

function failingText(s) {
  const out = [];
  for (const [formFactor, f] of Object.entries(s.formFactors)) {
    for (const category of CATEGORIES) {
      const rows = f.failingAudits[category];
      if (!rows.length) continue;
      const under = f.scores[category] < TARGET;
      out.push(
        `#### ${formFactor}, ${category}: ${f.scores[category]}${under ? ` (under ${TARGET})` : ''}`,
        '',
        '| Audit | Title | Score | Weight | Failed in | Value |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map(
          (a) =>
            `| \`${a.id}\` | ${cell(a.title)} | ${a.score === 'error' ? 'error' : a.score.toFixed(2)} | ${a.weight} | ${a.failedRuns}/${s.runs} | ${cell(a.displayValue ?? a.error ?? '')} |`,
        ),
        '',
      );
      for (const a of rows.filter((row) => row.items.length)) {
        out.push(`- \`${a.id}\`:`, ...a.items.map((item) => `  - ${item}`));
      }
      if (rows.some((row) => row.items.length)) out.push('');
    }
  }
  return out.length
    ? out.join('\n').trim()
    : 'None: every scored audit passed in every run (binary audits at full marks, metrics and savings ≥ 0.9).';
}

function profileText(p) {
  if (!p) return '';
  const rows = (list) => list.map((x) => `| ${cell(x.key)} | ${x.ms.toFixed(1)} ms |`);
  const other = p.other
    .filter((x) => x.ms >= 1)
    .map((x) => `${x.key} ${x.ms.toFixed(0)} ms`)
    .join(', ');
  return `### Main-thread JavaScript during start-up (CPU profile)

Where the long tasks' script time goes: a CDP CPU profile (100 µs sampling) of the page's main thread from navigation until the summary is shown, the network is idle and ${2} more seconds passed (desktop viewport, no throttling, service workers blocked), median of ${p.runs} fresh load(s); self time per function and per source file, mapped through \`dist/\`'s source maps. JavaScript self time in all: ${p.scriptMs.toFixed(0)} ms. Outside JavaScript: ${other || 'none'}.

| Source file | Self time |
| --- | --- |
${rows(p.files).join('\n')}

| Function — source:line | Self time |
| --- | --- |
${rows(p.functions).join('\n')}

`;
}

function section(s) {
  const m = s.machine;
  const v = s.versions;
  const ff = Object.keys(s.formFactors);
  const status = (score) => (score >= TARGET ? `${score}` : `**${score}** ✗`);
  const table = [
    `| Category | ${ff.join(' | ')} | Target |`,
    `| --- | ${ff.map(() => '---').join(' | ')} | --- |`,
    ...CATEGORIES.map(
      (c) =>
        `| ${c} | ${ff.map((f) => `${status(s.formFactors[f].scores[c])} (${s.formFactors[f].perRun.map((r) => r[c]).join(', ')})`).join(' | ')} | ≥ ${TARGET} |`,
    ),
    ...Object.keys(shortName).map(
      (id) =>
        `| ${shortName[id]} (median) | ${ff.map((f) => metricText(s.formFactors[f].metrics[id])).join(' | ')} |  |`,
    ),
  ];
  const warnings = [...new Set(ff.flatMap((f) => s.formFactors[f].runWarnings))];
  return `## Lighthouse (npm run bench:lighthouse)

Measured ${s.date} on ${machineText(m)}; 1-minute load average ${m.loadAverage1m.start} before, ${m.loadAverage1m.end} after. Lighthouse ${v.lighthouse} (chrome-launcher ${v.chromeLauncher}), Chromium ${v.chromium} (\`--headless=new\`, \`--disable-gpu\`), Node ${v.node}. ${s.runs} run(s) per form factor against \`vite preview\` of \`dist/\` (${s.url}); scores are medians, the runs' own scores in brackets. Lighthouse's CPU benchmark of this host (\`benchmarkIndex\`, higher is faster): ${ff.map((f) => `${f} ${s.formFactors[f].benchmarkIndex.map((x) => (x === null ? 'not reported' : Math.round(x))).join(', ')}`).join('; ')}.${s.quick ? ' **Quick run.**' : ''}

${table.join('\n')}

### Failing audits

Scored audits under full marks (binary) or under 0.9 (metrics and savings), from the run with the median performance score; "failed in" counts all runs. Categories at or above ${TARGET} are listed too when an audit fails.

${failingText(s)}

${profileText(s.startupProfile)}### How it is measured

- \`tests/bench/lighthouse.mjs\` builds \`dist/\` when missing (\`--build\` forces it), starts \`vite preview\` on port 4182 and runs Lighthouse's Node API with categories ${CATEGORIES.join(', ')}. Desktop uses Lighthouse's \`desktopConfig\` (1350×940, simulated fast connection, no CPU slowdown); mobile is Lighthouse's default (Moto G Power emulation, simulated slow 4G, 4× CPU slowdown). Throttling is \`simulate\`: metrics are computed from one unthrottled load.
- Every run starts a fresh Chromium through chrome-launcher (\`/usr/bin/chromium\`, \`--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync\` on top of chrome-launcher's defaults), so nothing is cached between runs; desktop and mobile runs alternate.
- No network is needed: the app is served from localhost and loads nothing from elsewhere.
- \`--save\` keeps each run's full report in \`test-results/lighthouse/\` (open it at https://googlechrome.github.io/lighthouse/viewer/).${warnings.length ? `\n- Lighthouse's warnings: ${warnings.map((w) => clip(w, 300)).join('; ')}` : ''}
- The machine is shared and has 2 cores; simulated throttling keeps the scores steadier than the raw timings, but a busy machine still lowers performance.`;
}

/** Writes or replaces the Lighthouse section of BENCHMARKS.md, leaving other sections alone. */
export function writeLighthouseSection(file, summary) {
  writeMarkedSection(file, 'lighthouse', section(summary));
}
