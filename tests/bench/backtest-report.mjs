// The "Backtest" section of BENCHMARKS.md, from the summary printed by backtest.run.ts.
import { machineText, writeMarkedSection } from './bench-common.mjs';

const LABELS = {
  estimatedLeaveOneOut: '**Estimated from data, leave one indicator out (headline)**',
  estimatedInSample: 'Estimated from data, in sample (the scored figures among the estimation data)',
  estimatedSeedOnly: 'Estimated from the seed vintage alone (as of 2024)',
  oldPreset: 'Old default: medium preset, 0.5 pp/month of month-to-month variation',
};
const SHORT = {
  estimatedLeaveOneOut: 'Estimated, leave one out',
  estimatedInSample: 'Estimated, in sample',
  estimatedSeedOnly: 'Estimated, seed only',
  oldPreset: 'Old preset',
};
const pct = (n, d) => (d === 0 ? 'n/a' : `${Math.round((100 * n) / d)}%`);
// An indicator with no later figure of its kind has nothing to score (n = 0): said in words, not a dash.
const cell = (c) =>
  c.figures === 0 ? 'none to score' : `${c.inside80}/${c.figures} · ${c.inside50}/${c.figures}`;
const share = (c) =>
  c.figures === 0
    ? 'no figures'
    : `${c.inside80}/${c.figures} (${pct(c.inside80, c.figures)}) · ${c.inside50}/${c.figures} (${pct(c.inside50, c.figures)})`;
const span = (r) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);
const num = (x, d = 2) => x.toFixed(d);

export function backtestMarkdown(s) {
  const [headline] = s.methods;
  const methodRows = s.methods.map(
    (m) =>
      `| ${LABELS[m.name]} | ${share(m.byKind.counted)} | ${share(m.byKind.behindBreak)} | ${share(m.byKind.alternative)} |`,
  );
  const names = s.methods.map((m) => m.name);
  const indicatorRows = s.perIndicator.map(
    (i) =>
      `| ${i.name.en} | ${i.kinds.counted} (+${i.kinds.behindBreak} behind a break, +${i.kinds.alternative} alt.) | ${names.map((n) => cell(i[n])).join(' | ')} |`,
  );
  const r = headline.restsOn;
  const p = s.pooledFromAllLatest;
  const q = s.pooledFromSeedOnly;
  return [
    '## Backtest (npm run backtest)',
    '',
    `Run ${s.date} on ${machineText(s.machine)}. Every indicator projected from the seed vintage \`${s.settings.from}\` (trend scenario, ${s.settings.model}, trend window \`${s.settings.trendWindow}\`, horizon ${s.settings.horizon}), ${s.settings.paths.toLocaleString('en-US')} paths, seed ${s.settings.seed}; every figure of \`${s.settings.scoredAgainst}\` (\`seeds/later-figures.json\`) scored against its month's band: inside the 10–90% band? inside 25–75%? Goal: 70–90% and 35–65%.`,
    '',
    '| Band | Counted figures: in 10–90% · in 25–75% | Behind a definitional break | Alternative figures |',
    '| --- | --- | --- | --- |',
    ...methodRows,
    '',
    `Headline: **${headline.byKind.counted.inside80} of ${headline.byKind.counted.figures}** counted figures fell inside the 10–90% band and ${headline.byKind.counted.inside50} of ${headline.byKind.counted.figures} inside 25–75%. Each indicator's band there was estimated without it (nor the indicators it is mixed with): pooled from ${span(r.indicators)} other indicators, resting on ${span(r.pairs)} same-month pairs of disagreeing figures, ${span(r.rates)} trend rates, ${span(r.segments)} segments between consecutive figures and ${span(r.errors)} past forecast errors; error scale ${num(headline.errorScale.min)}–${num(headline.errorScale.max)}.`,
    '',
    '### Per indicator (counted figures: in 10–90% / n · in 25–75% / n)',
    '',
    `| Indicator | Figures | ${names.map((n) => SHORT[n]).join(' | ')} |`,
    `| --- | --- | ${names.map(() => '---').join(' | ')} |`,
    ...indicatorRows,
    '',
    '### Rules',
    '',
    '- **Scored in the headline**: figures counted in the dataset (not `alternative`) with no definitional `break` between the seed start and the figure: the seed-era band was drawn for that measure. Lower bounds ("trên 60 triệu") are scored at their stated value.',
    '- **Behind a break** (a `break` after the seed start, at or before the figure): the count changed, so the figure measures something else than the seed start; scored apart and left out of the headline.',
    '- **Alternative** figures: conflicting figures the dataset keeps but never counts (baseline, trend); scored apart. Their disagreement with the counted figure of the same month is what the band model reads as definition noise, so scoring them in the headline would score the noise estimate on itself.',
    '- **Leave one out**: the pooled parts (level noise, spread of rates, month-to-month variation, error scale) are estimated from the latest vintage without the scored indicator and the indicators it is mixed with; its own seed figures still give its rate uncertainty. "In sample" pools every indicator, the scored figures included: it flatters the band and is shown only for comparison. "Seed only" estimates from the seed vintage, as a planner could have in 2024.',
    '',
    `Pooled from the whole latest vintage: level noise ${num(p.levelSd)} points (${p.restsOn.pairs} pairs), spread of rates ${num(p.flatRateSd)} points/month (${p.restsOn.rates} rates), month-to-month variation ${num(p.monthSd)} points/month (${p.restsOn.segments} segments), error scale ${num(p.errorScale)} (${p.restsOn.errors} past errors). From the seed vintage alone: level ${num(q.levelSd)} (${q.restsOn.pairs} pair), rates ${num(q.flatRateSd)} (${q.restsOn.rates}), month-to-month ${num(q.monthSd)} (${q.restsOn.segments} segments${q.restsOn.segments === 0 ? ': no seed series has three points' : ''}), error scale ${num(q.errorScale)} (${q.restsOn.errors} errors). A point is a percentage point for shares and 1% of the latest figure for counts.`,
  ].join('\n');
}

export function writeBacktestSection(file, summary) {
  writeMarkedSection(file, 'backtest', backtestMarkdown(summary));
}
